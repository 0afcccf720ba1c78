import type { Cart } from './cart.js';

/**
 * The one query-key factory for PromoKit data, for reads, invalidation and prefetching.
 * Keys nest: invalidating `promoKeys.all` refreshes everything.
 */
export const promoKeys = {
  all: ['promokit'] as const,
  validations: () => [...promoKeys.all, 'validation'] as const,
  validation: (cart: Cart, codes: readonly string[]) =>
    [...promoKeys.validations(), cartKey(cart), [...codes]] as const,
};

/** A cart reduced to what decides its price: sorted product ids and quantities. */
export function cartKey(cart: Cart): string {
  return cart.lines
    .map((line) => `${line.productId}×${line.quantity}`)
    .sort()
    .join(',');
}
