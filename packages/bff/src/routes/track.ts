import { PromoError, trackRequestSchema, type TrackResponse } from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';
import type { Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, callerOf } from '../bff-runtime.js';
import { isOutage } from '../is-outage.js';
import { parseBody } from '../parse-body.js';

/**
 * `POST /track`: a custom event for the signed-in shopper (Voucherify `/v1/events`), which drives
 * earning rules and segments. Guests' events are accepted and dropped, since Voucherify would
 * create a customer for each; an upstream outage drops the event too (logged). A referral code sent
 * with the event goes upstream with it, so that the event converts the shopper when it is the code's
 * conversion event and the referrer is rewarded; a code upstream refuses is a 400 `bad_request`.
 */
export function trackRoute(runtime: BffRuntime): Handler<BffEnv> {
  return async (c) => {
    const request = await parseBody(c.req.raw, trackRequestSchema);
    const caller = await callerOf(runtime, c);
    if (caller.shopper) {
      const body = {
        event: request.event,
        customer: { source_id: caller.shopper.sourceId },
        ...(request.metadata ? { metadata: request.metadata } : {}),
        ...(request.referral ? { referral: { code: request.referral.code } } : {}),
      };
      try {
        const signal = c.get('upstreamSignal');
        await runtime.breaker.run(() => runtime.upstream.track(body, signal), signal);
      } catch (error) {
        // A referral code upstream refuses (unknown, not a referral code, the shopper's own).
        if (
          request.referral &&
          error instanceof VoucherifyApiError &&
          error.status < 500 &&
          error.status !== 401
        )
          throw new PromoError('bad_request', 'The referral code cannot be used', {
            status: 400,
            cause: error,
          });
        if (!isOutage(error)) throw error;
        c.get('log').warn({ err: error, event: request.event }, 'event dropped');
      }
    }
    return c.json({ accepted: true } satisfies TrackResponse);
  };
}
