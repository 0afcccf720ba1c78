import type { Cart } from './cart.js';
import type { Stage } from './qualifications.js';
import type { CodeEntry } from './validation.js';

/**
 * The one query-key factory for PromoKit data, for reads, invalidation and prefetching.
 * Keys nest: invalidating `promoKeys.all` refreshes everything.
 */
export const promoKeys = {
  all: ['promokit'] as const,
  qualifications: () => [...promoKeys.all, 'qualifications'] as const,
  qualification: (stage: Stage, cart: Cart, productIds: readonly string[] = []) =>
    [...promoKeys.qualifications(), stage, cartKey(cart), [...productIds].sort()] as const,
  validations: () => [...promoKeys.all, 'validation'] as const,
  validation: (cart: Cart, codes: readonly CodeEntry[]) =>
    [...promoKeys.validations(), cartKey(cart), codes.map(codeKey)] as const,
  wallet: () => [...promoKeys.all, 'wallet'] as const,
  /** Mutation key of redeeming an order's codes. */
  redeem: () => [...promoKeys.all, 'redeem'] as const,
  /** Mutation key of rolling an order's redemption back. */
  rollback: () => [...promoKeys.all, 'rollback'] as const,
};

/** A cart reduced to what decides its price: sorted product ids and quantities. */
export function cartKey(cart: Cart): string {
  return cart.lines
    .map((line) => `${line.productId}×${line.quantity}`)
    .sort()
    .join(',');
}

/** A code entry as a key part: the code, with the amount or points to use when given. */
export function codeKey(entry: CodeEntry): string {
  if (typeof entry === 'string') return entry;
  return [entry.code, entry.amount ?? '', entry.points ?? ''].join(':');
}
