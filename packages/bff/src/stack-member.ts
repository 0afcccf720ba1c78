import type { CodeEntry } from '@promokit/core';
import type { ValidationsRedeemable } from '@promokit/voucherify';

import { codeOf } from './unique-codes.js';

/** One redeemable the BFF sends upstream: a shopper's code (with what of it to use) or a promotion tier. */
export type StackMember = { object: 'voucher'; entry: CodeEntry } | { object: 'promotion_tier'; id: string };

/** The upstream id of a member: the code, or the tier's `promo_…` id. */
export const memberId = (member: StackMember): string =>
  member.object === 'voucher' ? codeOf(member.entry) : member.id;

/** Whether an upstream result is about `member`. */
export const isResultOf = (member: StackMember, result: Pick<ValidationsRedeemable, 'id' | 'object'>) =>
  result.object === member.object && result.id === memberId(member);

/**
 * Where a redeemable goes in the stack, by what it does (DESIGN §4, the bff README's "Order of
 * application"):
 * - 0: item-level and free-unit effects (`APPLY_TO_ITEMS…`, `UNIT`), which change what lines cost;
 * - 1: order-level discounts (`APPLY_TO_ORDER`), taken off what the items left;
 * - 2: payments (gift card credit, loyalty points), taken off what every discount left.
 */
export type StackRank = 0 | 1 | 2;

/** The rank of an applicable redeemable, from its upstream `result`. */
export function stackRank(result: {
  gift?: unknown;
  loyalty_card?: unknown;
  discount?: { type?: string; effect?: string | null } | null;
}): StackRank {
  if (result.gift || result.loyalty_card) return 2;
  const discount = result.discount;
  if (discount?.type === 'UNIT' || discount?.effect?.startsWith('APPLY_TO_ITEMS')) return 0;
  return 1;
}
