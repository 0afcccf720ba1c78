import { PromoError, type RollbackResponse } from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';

import type { BffRuntime } from './bff-runtime.js';
import { bookedRedemptions } from './booked-redemptions.js';
import { isOutage } from './is-outage.js';
import { withOrderClaim } from './order-claim.js';
import { type OrderRecord, readOrder, writeOrder } from './order-record.js';
import { rollBackRedemption } from './roll-back-redemption.js';

/**
 * Rolls back the redemption of `orderId` upstream (`POST /v1/redemptions/{id}/rollbacks`) and
 * records it, under the order's claim, so that a redeem of the same order on any instance sharing
 * the store is never overwritten nor overlapped. `allow` is checked under the claim, on the record
 * as it then is, and throws to refuse. Rolling back twice answers the same.
 *
 * @throws PromoError `not_found` (404) for an order never redeemed; `unavailable` (503 with
 *   `retryAfter`) while the order is being redeemed, while its outcome is unknown (redeem it again
 *   first: that finds out what upstream booked; with `settleDoubt`, only while nothing landed and
 *   the lost redemption may still land, `lateRedemptionMs` after it was sent), and during an
 *   upstream outage, with nothing changed; whatever `allow` throws.
 */
export async function rollBackOrder(
  runtime: BffRuntime,
  orderId: string,
  options: {
    reason?: string | undefined;
    signal: AbortSignal;
    allow?: (record: OrderRecord) => void;
    /**
     * Settle an order in doubt by rolling back whatever upstream booked for it (the store's
     * server), rather than refusing until it is redeemed again (the shopper's browser).
     */
    settleDoubt?: boolean;
  },
): Promise<RollbackResponse> {
  return withOrderClaim(runtime.store, orderId, async () => {
    const record = await readOrder(runtime.store, orderId);
    if (!record) throw new PromoError('not_found', 'No redeemed order with this id', { status: 404 });
    options.allow?.(record);
    if (record.inDoubt && options.settleDoubt) {
      // The store's server cancels an order whose outcome is unknown (its shopper may never place
      // it again): what landed is rolled back; with nothing landed, once nothing more can land.
      const { signal } = options;
      const { sentAt } = record.inDoubt;
      try {
        const booked = await bookedRedemptions(runtime, orderId, signal);
        for (const redemption of booked) {
          await rollBackRedemption(runtime, redemption.id, options.reason ?? 'Order cancelled', signal);
        }
        const landsUntil = sentAt + runtime.lateRedemptionMs;
        if (!booked.length && Date.now() < landsUntil) {
          throw new PromoError('unavailable', 'The order’s redemption may still land; retry the rollback', {
            status: 503,
            retryAfter: Math.max(1, Math.ceil((landsUntil - Date.now()) / 1000)),
          });
        }
      } catch (error) {
        if (!isOutage(error)) throw error;
        throw new PromoError('unavailable', 'Promotions are unavailable; retry the rollback', {
          status: 503,
          retryAfter: 5,
          cause: error,
        });
      }
      const { inDoubt: _settled, ...rest } = record;
      await writeOrder(runtime.store, orderId, { ...rest, parentRedemptionId: null, rolledBack: true });
      return { orderId, status: 'rolled_back' };
    }
    if (record.inDoubt) {
      // What upstream booked is found out by redeeming the order again, with the same order id.
      throw new PromoError(
        'unavailable',
        'The order’s redemption is not confirmed yet; redeem it again first',
        {
          status: 503,
          retryAfter: 1,
        },
      );
    }
    if (!record.rolledBack && record.parentRedemptionId) {
      const parentId = record.parentRedemptionId;
      const body = options.reason ? { reason: options.reason } : {};
      const { signal } = options;
      try {
        await runtime.breaker.run(() => runtime.upstream.rollback(parentId, body, signal), signal);
      } catch (error) {
        if (isOutage(error)) {
          throw new PromoError('unavailable', 'Promotions are unavailable; retry the rollback', {
            status: 503,
            retryAfter: 5,
            cause: error,
          });
        }
        if (!(error instanceof VoucherifyApiError && error.body?.key === 'already_rolled_back')) throw error;
      }
    }
    if (!record.rolledBack) await writeOrder(runtime.store, orderId, { ...record, rolledBack: true });
    return { orderId, status: 'rolled_back' };
  });
}
