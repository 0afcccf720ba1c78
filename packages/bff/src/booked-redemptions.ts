import { VoucherifyApiError } from '@promokit/voucherify';

import type { BffRuntime } from './bff-runtime.js';

/** A successful redemption upstream booked for an order, and the total it left to pay. */
export interface Booked {
  id: string;
  /** Upstream's `order.total_amount` for it, in minor units. */
  total: number | undefined;
}

/**
 * The successful parent redemptions upstream holds for `orderId` (Voucherify's order `source_id`)
 * that are not rolled back, oldest first (`GET /v1/orders/{orderId}`, then each redemption).
 */
export async function bookedRedemptions(
  runtime: BffRuntime,
  orderId: string,
  signal: AbortSignal,
): Promise<Booked[]> {
  let listed;
  try {
    listed = await runtime.breaker.run(() => runtime.upstream.order(orderId, signal));
  } catch (error) {
    if (error instanceof VoucherifyApiError && error.status === 404) return [];
    throw error;
  }
  const entries = Object.entries(listed.redemptions ?? {})
    .filter(([, entry]) => !entry.rollback_id)
    .sort(([, a], [, b]) => (a.date ?? '').localeCompare(b.date ?? ''));
  const booked: Booked[] = [];
  for (const [id] of entries) {
    const redemption = await runtime.breaker.run(() => runtime.upstream.redemption(id, signal));
    if (redemption.object === 'redemption_rollback') continue;
    if (redemption.result !== 'SUCCESS' || (redemption.status && redemption.status !== 'SUCCEEDED')) continue;
    booked.push({ id, total: redemption.order?.total_amount ?? undefined });
  }
  return booked;
}
