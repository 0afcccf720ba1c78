import type { Order, OrderCalculated, OrderCalculatedItem } from '@promokit/voucherify';

import { itemsDiscount, type Cart, type CartLine } from './cart.js';

function calculatedItem(line: CartLine, applied: number): OrderCalculatedItem {
  return {
    object: 'order_item',
    ...(line.item ?? { product_id: line.ids[0], price: line.price }),
    quantity: line.quantity,
    amount: line.amount,
    discount_amount: line.discount,
    ...(line.discountQuantity > 0 ? { discount_quantity: line.discountQuantity } : {}),
    applied_discount_amount: applied,
    subtotal_amount: line.amount - applied,
  };
}

/** What one step (or the whole request) applied: at order level and per line. */
export interface AppliedAmounts {
  orderDiscount: number;
  lineDiscounts: readonly number[];
}

/**
 * The `OrderCalculated` for the request's order at some point of the stack, following Voucherify's
 * formulas: `discount_amount` and items' `discount_amount` are cumulative,
 * `total_discount_amount = discount_amount + items_discount_amount`,
 * `total_amount = amount - total_discount_amount`, and the `applied_*` figures (and each item's
 * `subtotal_amount = amount - applied_discount_amount`) count only `applied`.
 */
export function calculatedOrder(
  order: Order | null | undefined,
  cart: Cart,
  applied: AppliedAmounts,
): OrderCalculated {
  const items = cart.lines.map((line, index) => calculatedItem(line, applied.lineDiscounts[index] ?? 0));
  const itemsDiscountAmount = itemsDiscount(cart);
  const itemsApplied = applied.lineDiscounts.reduce((sum, value) => sum + value, 0);
  const totalDiscountAmount = cart.orderDiscount + itemsDiscountAmount;
  return {
    ...(order?.id == null ? {} : { id: order.id }),
    ...(order?.source_id == null ? {} : { source_id: order.source_id }),
    ...(order?.status == null ? {} : { status: order.status }),
    amount: cart.amount,
    discount_amount: cart.orderDiscount,
    items_discount_amount: itemsDiscountAmount,
    total_discount_amount: totalDiscountAmount,
    total_amount: cart.amount - totalDiscountAmount,
    applied_discount_amount: applied.orderDiscount,
    items_applied_discount_amount: itemsApplied,
    total_applied_discount_amount: applied.orderDiscount + itemsApplied,
    items,
    metadata: order?.metadata ?? {},
    object: 'order',
  };
}
