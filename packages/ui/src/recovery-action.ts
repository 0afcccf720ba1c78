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
  switch (rejection.reason) {
    case 'cart_below_minimum':
      return { type: 'add_amount', code: rejection.code, amount: rejection.missingAmount };
    case 'missing_items':
      return { type: 'add_items', code: rejection.code, items: rejection.items };
    case 'requires_sign_in':
      return { type: 'sign_in', code: rejection.code };
    case 'not_combinable':
      return rejection.conflictsWith.length
        ? { type: 'replace', code: rejection.code, conflicts: rejection.conflictsWith }
        : null;
    default:
      return null;
  }
}
