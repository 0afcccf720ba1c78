import { PromoError, rollbackRequestSchema } from '@promokit/core';
import type { Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, callerOf } from '../bff-runtime.js';
import { rollBackOrder } from '../order-rollback.js';
import { type OrderRecord, ownerOf, readOrder } from '../order-record.js';
import { parseBody } from '../parse-body.js';

/**
 * `POST /rollback`: the shopper's browser undoes their order's redemption because its payment
 * failed. Accepted only from the shopper who redeemed it, before the store's server marks the order
 * paid (`Bff.orders.paid`) and within `BffOptions.rollbackWindowMs` of the redemption; anything
 * later (a refund, a cancellation) is the server's `Bff.orders.rollback`. 404 for an unknown
 * order, 403 for anyone else and for a paid order or one past the window. Rolling back twice
 * answers the same. 503 `unavailable` with `retryAfter`, nothing changed, during an upstream
 * outage, while the order is being redeemed, and while its redemption's outcome is `unknown`
 * (until a redeem of it settles what was booked).
 */
export function rollbackRoute(runtime: BffRuntime): Handler<BffEnv> {
  return async (c) => {
    const request = await parseBody(c.req.raw, rollbackRequestSchema);
    const caller = await callerOf(runtime, c);
    const owner = ownerOf(caller);
    const ownedBy = (record: OrderRecord) => {
      if (owner === null || record.owner !== owner) {
        throw new PromoError('forbidden', 'Only the shopper who placed the order can roll it back', {
          status: 403,
        });
      }
    };
    // Whose the order is comes first, before its claim: anyone else is not told it is being redeemed.
    const seen = await readOrder(runtime.store, request.orderId);
    if (seen) ownedBy(seen);
    const response = await rollBackOrder(runtime, request.orderId, {
      reason: request.reason,
      signal: c.get('upstreamSignal'),
      allow(record) {
        ownedBy(record);
        if (record.rolledBack) return;
        if (record.paid) {
          throw new PromoError('forbidden', 'The order is paid; only the store can take its discounts back', {
            status: 403,
          });
        }
        const redeemedAt = record.redeemedAt ?? 0;
        if (!record.inDoubt && Date.now() > redeemedAt + runtime.rollbackWindowMs) {
          throw new PromoError(
            'forbidden',
            'The order was redeemed too long ago to be rolled back from the browser; only the store can',
            { status: 403 },
          );
        }
      },
    });
    return c.json(response);
  };
}
