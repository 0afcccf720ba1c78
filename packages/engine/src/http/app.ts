import { createHash, timingSafeEqual } from 'node:crypto';

import {
  customerSchema,
  eventsTrackRequestBodySchema,
  ordersCreateRequestBodySchema,
  qualificationsCheckEligibilityRequestBodySchema,
  redemptionsRedeemRequestBodySchema,
  redemptionsRollbackRequestBodySchema,
  validationsValidateRequestBodySchema,
  type ErrorBody,
} from '@promokit/voucherify';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

import type { Engine } from '../engine.js';
import { EngineRequestError } from '../engine-request-error.js';
import type { RequestErrorKey } from '../error-keys.js';
import { newId } from '../ids.js';
import { describeIssue } from './invalid-payload.js';

/** Credentials the HTTP face requires as `X-App-Id` / `X-App-Token`. */
export interface EngineAppOptions {
  appId: string;
  appToken: string;
}

/** An error the app reports itself; `code` is the HTTP status. */
interface AppError {
  code: ContentfulStatusCode;
  key: RequestErrorKey;
  message: string;
  details?: string;
}

function sendError(c: Context, error: AppError): Response {
  const body: ErrorBody = { ...error, request_id: newId('request') };
  return c.json(body, error.code);
}

/** Constant-time string comparison (hashing first makes the lengths equal). */
function same(given: string | undefined, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/**
 * The engine's Voucherify-compatible HTTP face, a Hono app:
 *
 * - `POST /v1/qualifications`, `/v1/validations` (unknown codes are INAPPLICABLE in a 200),
 *   `/v1/redemptions`, `/v1/redemptions/{id}/rollback`, `/v1/redemptions/{parentId}/rollbacks`
 *   (`reason` and `tracking_id` also read from the query), `/v1/customers` and `/v1/events`,
 *   and `DELETE /v1/vouchers/{code}/sessions/{sessionKey}` (204; 404 `not_found` for an unknown
 *   voucher or session), answering as Voucherify does;
 * - `GET /v1/orders/{orderId}` (by id or `source_id`, with the redemptions made for the order) and
 *   `GET /v1/redemptions/{redemptionId}`, 404 `not_found` for an unknown one;
 * - every `/v1` route requires `X-App-Id` and `X-App-Token` (401 otherwise);
 * - malformed JSON or an off-schema body gives 400 `invalid_payload`, with `details` like
 *   `Property .redeemables[1] should have required property 'id'`;
 * - unknown routes give a 404 error body; unexpected failures a 500 one.
 */
export function createEngineApp(engine: Engine, { appId, appToken }: EngineAppOptions): Hono {
  const app = new Hono();

  app.use('/v1/*', async (c, next) => {
    if (same(c.req.header('X-App-Id'), appId) && same(c.req.header('X-App-Token'), appToken)) {
      await next();
      return;
    }
    return sendError(c, {
      code: 401,
      key: 'unauthorized',
      message: 'Unauthorized',
      details: 'Missing or invalid X-App-Id / X-App-Token',
    });
  });

  /** Parses the JSON body with `schema`, or answers 400 `invalid_payload`. */
  const parseBody = async <Schema extends z.ZodType>(
    c: Context,
    schema: Schema,
  ): Promise<{ data: z.output<Schema> } | { response: Response }> => {
    let json: unknown = {};
    const raw = await c.req.text();
    try {
      if (raw.trim() !== '') json = JSON.parse(raw);
    } catch {
      return {
        response: sendError(c, {
          code: 400,
          key: 'invalid_payload',
          message: 'Invalid payload',
          details: 'Body is not valid JSON',
        }),
      };
    }
    const parsed = schema.safeParse(json, { reportInput: true });
    if (parsed.success) return { data: parsed.data };
    const [issue] = parsed.error.issues;
    return {
      response: sendError(c, {
        code: 400,
        key: 'invalid_payload',
        message: 'Invalid payload',
        details: issue === undefined ? 'Body does not match the schema' : describeIssue(issue),
      }),
    };
  };

  /** The rollback body, with the `reason` and `tracking_id` query parameters as fallbacks. */
  const rollbackBody = async (c: Context) => {
    const parsed = await parseBody(c, redemptionsRollbackRequestBodySchema);
    if ('response' in parsed) return parsed;
    const reason = parsed.data.reason ?? c.req.query('reason');
    const trackingId = parsed.data.tracking_id ?? c.req.query('tracking_id');
    return {
      data: {
        ...parsed.data,
        ...(reason ? { reason } : {}),
        ...(trackingId ? { tracking_id: trackingId } : {}),
      },
    };
  };

  app.post('/v1/qualifications', async (c) => {
    const parsed = await parseBody(c, qualificationsCheckEligibilityRequestBodySchema);
    return 'response' in parsed ? parsed.response : c.json(engine.qualify(parsed.data));
  });

  app.post('/v1/validations', async (c) => {
    const parsed = await parseBody(c, validationsValidateRequestBodySchema);
    return 'response' in parsed ? parsed.response : c.json(engine.validate(parsed.data));
  });

  app.post('/v1/redemptions', async (c) => {
    const parsed = await parseBody(c, redemptionsRedeemRequestBodySchema);
    return 'response' in parsed ? parsed.response : c.json(engine.redeem(parsed.data));
  });

  app.post('/v1/redemptions/:id/rollback', async (c) => {
    const parsed = await rollbackBody(c);
    return 'response' in parsed ? parsed.response : c.json(engine.rollback(c.req.param('id'), parsed.data));
  });

  app.post('/v1/redemptions/:id/rollbacks', async (c) => {
    const parsed = await rollbackBody(c);
    return 'response' in parsed
      ? parsed.response
      : c.json(engine.rollbackStackable(c.req.param('id'), parsed.data));
  });

  app.post('/v1/customers', async (c) => {
    const parsed = await parseBody(c, customerSchema);
    return 'response' in parsed ? parsed.response : c.json(engine.upsertCustomer(parsed.data));
  });

  app.post('/v1/events', async (c) => {
    const parsed = await parseBody(c, eventsTrackRequestBodySchema);
    return 'response' in parsed ? parsed.response : c.json(engine.trackEvent(parsed.data));
  });

  app.post('/v1/orders', async (c) => {
    const parsed = await parseBody(c, ordersCreateRequestBodySchema);
    return 'response' in parsed ? parsed.response : c.json(engine.upsertOrder(parsed.data));
  });

  app.get('/v1/loyalties/members/:memberId/rewards', (c) =>
    c.json(engine.memberRewards(c.req.param('memberId'), c.req.query('affordable_only') === 'true')),
  );

  app.get('/v1/orders/:orderId', (c) => c.json(engine.getOrder(c.req.param('orderId'))));

  app.get('/v1/redemptions/:redemptionId', (c) => c.json(engine.getRedemption(c.req.param('redemptionId'))));

  app.delete('/v1/vouchers/:code/sessions/:sessionKey', (c) => {
    engine.releaseSession(c.req.param('code'), c.req.param('sessionKey'));
    return c.body(null, 204);
  });

  app.notFound((c) =>
    sendError(c, {
      code: 404,
      key: 'not_found',
      message: 'Resource not found',
      details: `Cannot ${c.req.method} ${c.req.path}`,
    }),
  );

  app.onError((error, c) => {
    if (error instanceof EngineRequestError) {
      return c.json(error.body, error.status as ContentfulStatusCode);
    }
    console.error(error);
    return sendError(c, { code: 500, key: 'internal_error', message: 'Internal server error' });
  });

  return app;
}
