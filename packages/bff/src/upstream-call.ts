import { SHIPPING_PRODUCT } from '@promokit/voucherify';

import type { Caller } from './bff-runtime.js';
import { goodsAmount, type PricedCart } from './catalog.js';

/**
 * The `order` of an upstream call for a priced cart: server prices only. A shipping charge goes as
 * Voucherify's shipping line (`source_id: "5h1pp1ng"`, DIGEST §8), so that a free-shipping
 * discount takes it off, and only it.
 */
export function upstreamOrder(cart: PricedCart, sourceId?: string) {
  const items = cart.lines.map((line) => ({
    source_id: line.productId,
    related_object: 'product' as const,
    quantity: line.quantity,
    price: line.price,
    amount: line.price * line.quantity,
  }));
  if (cart.shipping > 0) {
    items.push({
      source_id: SHIPPING_PRODUCT.source_id,
      related_object: 'product',
      quantity: 1,
      price: cart.shipping,
      amount: cart.shipping,
    });
  }
  return {
    ...(sourceId ? { source_id: sourceId } : {}),
    amount: goodsAmount(cart) + cart.shipping,
    items,
  };
}

/** The `customer` of an upstream call: the server-known shopper, or nothing for a guest. */
export function upstreamCustomer(caller: Caller) {
  return caller.shopper
    ? { customer: { source_id: caller.shopper.sourceId, metadata: caller.shopper.metadata ?? {} } }
    : {};
}
