import type { Caller } from './bff-runtime.js';
import type { PricedCart } from './catalog.js';
import { cartAmount } from './validate-response.js';

/** The `order` of an upstream call for a priced cart: server prices only. */
export function upstreamOrder(cart: PricedCart, sourceId?: string) {
  return {
    ...(sourceId ? { source_id: sourceId } : {}),
    amount: cartAmount(cart),
    items: cart.lines.map((line) => ({
      source_id: line.productId,
      related_object: 'product' as const,
      quantity: line.quantity,
      price: line.price,
      amount: line.price * line.quantity,
    })),
  };
}

/** The `customer` of an upstream call: the server-known shopper, or nothing for a guest. */
export function upstreamCustomer(caller: Caller) {
  return caller.shopper
    ? { customer: { source_id: caller.shopper.sourceId, metadata: caller.shopper.metadata ?? {} } }
    : {};
}
