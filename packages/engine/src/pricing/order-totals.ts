import type { Order, OrderItem } from '@promokit/voucherify';

/** Running order-level figures while redeemables apply one after another (minor units). */
export interface OrderTotals {
  /** Order amount before any discount. */
  readonly amount: number;
  /** Order-level discount of the redeemables applied so far in this request. */
  readonly discountAmount: number;
}

/** A line's amount: its `amount`, else `price × quantity` (quantity 1 when absent), else 0. */
export function lineAmount(item: OrderItem): number {
  return item.amount ?? (item.price ?? 0) * (item.quantity ?? 1);
}

/** Totals before any redeemable: the order's `amount`, else the sum of its lines. */
export function initialTotals(order: Order | null | undefined): OrderTotals {
  const items = order?.items ?? [];
  const amount = order?.amount ?? items.reduce((sum, item) => sum + lineAmount(item), 0);
  return { amount, discountAmount: 0 };
}

/** What the shopper would still pay: the base of the next order-level discount. */
export function payableAmount(totals: OrderTotals): number {
  return totals.amount - totals.discountAmount;
}

/** Totals after one more order-level discount. */
export function withOrderDiscount(totals: OrderTotals, discount: number): OrderTotals {
  return { ...totals, discountAmount: totals.discountAmount + discount };
}
