import { createHash, timingSafeEqual } from 'node:crypto';

import { validationsValidateRequestBodySchema, type ErrorBody } from '@promokit/voucherify';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

import type { Engine } from '../engine.js';
import { EngineRequestError } from '../engine-request-error.js';
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
  key: string;
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
 * - `POST /v1/validations`, answering as Voucherify does (unknown codes are INAPPLICABLE in a 200);
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

  app.post('/v1/validations', async (c) => {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      return sendError(c, {
        code: 400,
        key: 'invalid_payload',
        message: 'Invalid payload',
        details: 'Body is not valid JSON',
      });
    }
    const parsed = validationsValidateRequestBodySchema.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      return sendError(c, {
        code: 400,
        key: 'invalid_payload',
        message: 'Invalid payload',
        details: issue === undefined ? 'Body does not match the schema' : describeIssue(issue),
      });
    }
    return c.json(engine.validate(parsed.data));
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
