import { PromoError, type RollbackResponse } from '@promokit/core';

import type { BffRuntime } from './bff-runtime.js';
import { withOrderClaim } from './order-claim.js';
import { readOrder, writeOrder } from './order-record.js';
import { rollBackOrder } from './order-rollback.js';

/**
 * What the store's own server does with orders the BFF redeemed, beside the routes a browser
 * calls: `createBff(...).orders`. Call it from server code only (a payment webhook, an order
 * admin); nothing here checks who asks.
 */
export interface BffOrders {
  /**
   * Records that the order is paid: from then on the shopper's browser can no longer roll it back
   * (`POST /rollback` answers 403); the store's refunds and cancellations use {@link rollback}.
   * Marking an order paid twice does nothing more.
   *
   * @throws PromoError `not_found` for an order the BFF never redeemed; `unavailable` (retry after
   *   `retryAfter` seconds) while it is being redeemed or its outcome is `unknown`: a redeem of it
   *   settles what upstream booked, and the shopper is charged only what that answers.
   */
  paid(orderId: string): Promise<void>;
  /**
   * Rolls back the order's redemption whoever placed it, paid or not, at any time Voucherify
   * allows (`POST /v1/redemptions/{id}/rollbacks`; DIGEST §7): its codes, credit and points go
   * back. Rolling back twice answers the same.
   *
   * @param options.reason Stored with the rollback upstream.
   * @param options.signal Ends the upstream call early; default 9 s.
   * @throws PromoError `not_found` for an unknown order; `unavailable` (retry after `retryAfter`
   *   seconds, nothing changed) during an upstream outage, while the order is being redeemed and
   *   while its outcome is `unknown`.
   */
  rollback(orderId: string, options?: { reason?: string; signal?: AbortSignal }): Promise<RollbackResponse>;
}

const SERVER_CALL_MS = 9_000;

/** The {@link BffOrders} of a BFF's runtime. */
export function bffOrders(runtime: BffRuntime): BffOrders {
  return {
    paid: (orderId) =>
      withOrderClaim(runtime.store, orderId, async () => {
        const record = await readOrder(runtime.store, orderId);
        if (!record)
          throw new PromoError('not_found', `No redeemed order with id ${orderId}`, { status: 404 });
        if (record.inDoubt) {
          throw new PromoError(
            'unavailable',
            'The order’s redemption is not confirmed yet; redeem it again first',
            {
              status: 503,
              retryAfter: 1,
            },
          );
        }
        if (!record.paid) await writeOrder(runtime.store, orderId, { ...record, paid: true });
      }),
    rollback: (orderId, options = {}) =>
      rollBackOrder(runtime, orderId, {
        reason: options.reason,
        signal: options.signal ?? AbortSignal.timeout(SERVER_CALL_MS),
      }),
  };
}
