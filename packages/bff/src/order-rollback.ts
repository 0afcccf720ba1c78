import { PromoError, type RollbackResponse } from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';

import type { BffRuntime } from './bff-runtime.js';
import { isOutage } from './is-outage.js';
import { withOrderClaim } from './order-claim.js';
import { type OrderRecord, readOrder, writeOrder } from './order-record.js';

/**
 * Rolls back the redemption of `orderId` upstream (`POST /v1/redemptions/{id}/rollbacks`) and
 * records it, under the order's claim, so that a redeem of the same order on any instance sharing
 * the store is never overwritten nor overlapped. `allow` is checked under the claim, on the record
 * as it then is, and throws to refuse. Rolling back twice answers the same.
 *
 * @throws PromoError `not_found` (404) for an order never redeemed; `unavailable` (503 with
 *   `retryAfter`) while the order is being redeemed, while its outcome is unknown (redeem it again
 *   first: that finds out what upstream booked), and during an upstream outage, with nothing
 *   changed; whatever `allow` throws.
 */
export async function rollBackOrder(
  runtime: BffRuntime,
  orderId: string,
  options: { reason?: string | undefined; signal: AbortSignal; allow?: (record: OrderRecord) => void },
): Promise<RollbackResponse> {
  return withOrderClaim(runtime.store, orderId, async () => {
    const record = await readOrder(runtime.store, orderId);
    if (!record) throw new PromoError('not_found', 'No redeemed order with this id', { status: 404 });
    options.allow?.(record);
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
