import { PromoError, rollbackRequestSchema, type RollbackResponse } from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';
import type { Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, callerOf } from '../bff-runtime.js';
import { isOutage } from '../is-outage.js';
import { ownerOf, readOrder, writeOrder } from '../order-record.js';
import { parseBody } from '../parse-body.js';

/**
 * `POST /rollback`: undoes an order's redemption (e.g. payment failed), only for the shopper who
 * redeemed it: 404 for an unknown order, 403 for anyone else. Rolling back twice answers the same.
 * During an upstream outage: 503 `unavailable` with `retryAfter`, nothing changed; the same for an
 * order whose redemption's outcome is `unknown`, until a redeem of it settles what was booked.
 */
export function rollbackRoute(runtime: BffRuntime): Handler<BffEnv> {
  return async (c) => {
    const request = await parseBody(c.req.raw, rollbackRequestSchema);
    const caller = await callerOf(runtime, c);
    const record = await readOrder(runtime.store, request.orderId);
    if (!record) throw new PromoError('not_found', 'No redeemed order with this id', { status: 404 });
    const owner = ownerOf(caller);
    if (owner === null || record.owner !== owner) {
      throw new PromoError('forbidden', 'Only the shopper who placed the order can roll it back', {
        status: 403,
      });
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
      const body = request.reason ? { reason: request.reason } : {};
      try {
        const signal = c.get('upstreamSignal');
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
    await writeOrder(runtime.store, request.orderId, { ...record, rolledBack: true });
    return c.json({ orderId: request.orderId, status: 'rolled_back' } satisfies RollbackResponse);
  };
}
