import { trackRequestSchema, type TrackResponse } from '@promokit/core';
import type { Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, callerOf } from '../bff-runtime.js';
import { isOutage } from '../is-outage.js';
import { parseBody } from '../parse-body.js';

/**
 * `POST /track`: a custom event for the signed-in shopper (Voucherify `/v1/events`), which drives
 * earning rules and segments. Guests' events are accepted and dropped, since Voucherify would
 * create a customer for each; an upstream outage drops the event too (logged).
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
      };
      try {
        const signal = c.get('upstreamSignal');
        await runtime.breaker.run(() => runtime.upstream.track(body, signal), signal);
      } catch (error) {
        if (!isOutage(error)) throw error;
        c.get('log').warn({ err: error, event: request.event }, 'event dropped');
      }
    }
    return c.json({ accepted: true } satisfies TrackResponse);
  };
}
