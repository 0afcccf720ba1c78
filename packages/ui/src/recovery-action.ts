import type { Rejection } from '@promokit/core';

/**
 * What the shopper can do about a rejection:
 * - `add_amount`: spend `amount` more (minor units), e.g. a link back to the cart
 * - `add_items`: add the missing bundle items
 * - `sign_in`: sign in, for codes bound to a customer
 * - `replace`: remove the codes it clashes with and use this one instead; only codes, never the
 *   automatic promotions a `not_combinable` rejection also names, which cannot be removed
 */
export type RecoveryAction =
  | { type: 'add_amount'; code: string; amount: number }
  | { type: 'add_items'; code: string; items: readonly { productId: string; quantity: number }[] }
  | { type: 'sign_in'; code: string }
  | { type: 'replace'; code: string; conflicts: readonly string[] };

/** The recovery action a rejection offers, or `null` when the shopper can do nothing about it. */
export function recoveryAction(rejection: Rejection): RecoveryAction | null {
  const { reason, code } = rejection;
  return reason === 'cart_below_minimum'
    ? { type: 'add_amount', code, amount: rejection.missingAmount }
    : reason === 'missing_items'
      ? { type: 'add_items', code, items: rejection.items }
      : reason === 'requires_sign_in'
        ? { type: 'sign_in', code }
        : reason === 'not_combinable' && rejection.conflictsWith.length
          ? { type: 'replace', code, conflicts: rejection.conflictsWith }
          : null;
}
