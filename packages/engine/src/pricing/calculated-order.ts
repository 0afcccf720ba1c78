import type { Order, OrderCalculated, OrderCalculatedItem } from '@promokit/voucherify';

import { itemsDiscount, type Cart, type CartLine } from './cart.js';

/**
 * What one step (or the whole request) applied, at order level and per line of the cart (minor
 * units), with the units it gave away (`lineFreeUnits`) and added (`lineAddedUnits`) per line.
 */
export interface AppliedAmounts {
  orderDiscount: number;
  lineDiscounts: readonly number[];
  lineFreeUnits?: readonly number[];
  lineAddedUnits?: readonly number[];
}

function calculatedItem(line: CartLine, applied: AppliedAmounts, index: number): OrderCalculatedItem {
  const discount = applied.lineDiscounts[index] ?? 0;
  const free = applied.lineFreeUnits?.[index] ?? 0;
  const added = applied.lineAddedUnits?.[index] ?? 0;
  const changed = line.quantity !== line.initialQuantity;
  return {
    object: 'order_item',
    ...(line.item ?? {
      product_id: line.ids[0],
      price: line.price,
      ...(line.product === undefined ? {} : { product: line.product }),
    }),
    quantity: line.quantity,
    ...(line.discountQuantity > 0 ? { discount_quantity: line.discountQuantity } : {}),
    ...(changed ? { initial_quantity: line.initialQuantity } : {}),
    ...(added > 0 ? { applied_quantity: added, applied_quantity_amount: added * line.price } : {}),
    ...(free > 0 ? { applied_discount_quantity: free } : {}),
    amount: line.amount,
    ...(changed ? { initial_amount: line.initialAmount } : {}),
    discount_amount: line.discount,
    applied_discount_amount: discount,
    subtotal_amount: line.amount - discount,
  };
}

/**
 * Everything applied to `cart` since the request's order: what a whole request's `order` reports
 * as applied (its discounts, units given away and units added, per line).
 */
export function appliedSoFar(cart: Cart): AppliedAmounts {
  return {
    orderDiscount: cart.orderDiscount,
    lineDiscounts: cart.lines.map((line) => line.discount),
    lineFreeUnits: cart.lines.map((line) => line.discountQuantity),
    lineAddedUnits: cart.lines.map((line) => line.quantity - line.initialQuantity),
  };
}

/**
 * The `OrderCalculated` for the request's order at some point of the stack, following Voucherify's
 * formulas (DIGEST §3): `discount_amount` and items' `discount_amount` are cumulative,
 * `total_discount_amount = discount_amount + items_discount_amount`,
 * `total_amount = amount - total_discount_amount`, and the `applied_*` figures (and each item's
 * `subtotal_amount = amount - applied_discount_amount`) count only `applied`. `amount` includes
 * units `UNIT` discounts added; the order's and each changed line's `initial_amount` (and the
 * line's `initial_quantity`) are then what the request sent. A line's `discount_quantity` counts
 * its free units, `applied_discount_quantity` those `applied` gave, `applied_quantity` (and
 * `applied_quantity_amount`) the units `applied` added.
 */
export function calculatedOrder(
  order: Order | null | undefined,
  cart: Cart,
  applied: AppliedAmounts,
): OrderCalculated {
  const items = cart.lines.map((line, index) => calculatedItem(line, applied, index));
  const itemsDiscountAmount = itemsDiscount(cart);
  const itemsApplied = applied.lineDiscounts.reduce((sum, value) => sum + value, 0);
  const totalDiscountAmount = cart.orderDiscount + itemsDiscountAmount;
  return {
    ...(order?.id == null ? {} : { id: order.id }),
    ...(order?.source_id == null ? {} : { source_id: order.source_id }),
    ...(order?.status == null ? {} : { status: order.status }),
    amount: cart.amount,
    ...(cart.amount === cart.initialAmount ? {} : { initial_amount: cart.initialAmount }),
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
