import { PromoError, type RouteName } from '@promokit/core';
import type { Handler } from 'hono';
import { z } from 'zod';

import type { BffEnv } from '../bff-env.js';
import type { InvalidationHub } from '../invalidation-hub.js';
import type { BffStore } from '../store.js';
import { webhookSignature } from '../webhook-signature.js';

const envelopeSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  event: z.looseObject({ id: z.string().min(1).nullish() }).nullish(),
});

// Voucherify retries a delivery for 24 hours; remember event ids a little longer.
const REPLAY_WINDOW_MS = 25 * 3600_000;

/** The storefront data an upstream event may change, by event type prefix. */
const AFFECTS: readonly (readonly [string, RouteName[]])[] = [
  ['campaign.', ['qualifications', 'validate', 'wallet']],
  ['voucher.', ['qualifications', 'validate', 'wallet']],
  ['business_validation_rule.', ['qualifications', 'validate']],
  ['redemption.', ['validate', 'wallet']],
  ['publication.', ['wallet']],
  ['customer.', ['qualifications', 'wallet']],
];

/**
 * `POST /webhooks/voucherify`: verifies `x-voucherify-signature` (401 when wrong), acknowledges an
 * event id seen before without acting again, and tells connected storefronts what to refetch.
 */
export function webhooksRoute(secret: string, store: BffStore, hub: InvalidationHub): Handler<BffEnv> {
  const verify = webhookSignature(secret);
  return async (c) => {
    const raw = await c.req.text();
    if (!(await verify(raw, c.req.header('x-voucherify-signature')))) {
      throw new PromoError('forbidden', 'Invalid webhook signature', { status: 401 });
    }
    const envelope = envelopeSchema.safeParse(parseJson(raw));
    if (!envelope.success) {
      throw new PromoError('bad_request', 'Not a Voucherify webhook', { status: 400 });
    }
    const { id, type, event } = envelope.data;
    if (!(await store.setIfAbsent(`webhook:${event?.id ?? id}`, '1', REPLAY_WINDOW_MS))) {
      return c.json({ received: true, duplicate: true });
    }
    const routes = AFFECTS.find(([prefix]) => type.startsWith(prefix))?.[1];
    if (routes) hub.publish({ routes, cause: type });
    c.get('log').info({ webhook: type, eventId: event?.id ?? id }, 'webhook');
    return c.json({ received: true, duplicate: false });
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
