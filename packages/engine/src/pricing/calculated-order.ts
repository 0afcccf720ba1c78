import type { Order, OrderCalculated, OrderCalculatedItem, OrderItem } from '@promokit/voucherify';

import { lineAmount, type OrderTotals } from './order-totals.js';

/**
 * A line as returned: the request line with its amount worked out. Order-level discounts leave
 * lines untouched, so its discount figures are 0 and `subtotal_amount = amount`.
 */
function calculatedItem(item: OrderItem): OrderCalculatedItem {
  const amount = lineAmount(item);
  return {
    object: 'order_item',
    ...item,
    amount,
    discount_amount: 0,
    applied_discount_amount: 0,
    subtotal_amount: amount,
  };
}

/**
 * The `OrderCalculated` for the request's order at some point of the stack, following Voucherify's
 * formulas: `total_discount_amount = discount_amount + items_discount_amount`,
 * `total_amount = amount - total_discount_amount`, and the `applied_*` figures count only
 * `appliedDiscountAmount` (one redeemable's, or the whole request's).
 */
export function calculatedOrder(
  order: Order | null | undefined,
  totals: OrderTotals,
  appliedDiscountAmount: number,
): OrderCalculated {
  const items = (order?.items ?? []).map(calculatedItem);
  const itemsDiscountAmount = sum(items.map((item) => item.discount_amount ?? 0));
  const itemsAppliedDiscountAmount = sum(items.map((item) => item.applied_discount_amount ?? 0));
  const totalDiscountAmount = totals.discountAmount + itemsDiscountAmount;
  return {
    ...(order?.id == null ? {} : { id: order.id }),
    ...(order?.source_id == null ? {} : { source_id: order.source_id }),
    ...(order?.status == null ? {} : { status: order.status }),
    amount: totals.amount,
    discount_amount: totals.discountAmount,
    items_discount_amount: itemsDiscountAmount,
    total_discount_amount: totalDiscountAmount,
    total_amount: totals.amount - totalDiscountAmount,
    applied_discount_amount: appliedDiscountAmount,
    items_applied_discount_amount: itemsAppliedDiscountAmount,
    total_applied_discount_amount: appliedDiscountAmount + itemsAppliedDiscountAmount,
    items,
    metadata: order?.metadata ?? {},
    object: 'order',
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
