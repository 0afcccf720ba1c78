import type { Rejection } from '@promokit/core';

import type { Messages } from './create-messages.js';

/** The data of every reason, each absent from the rejections without it. */
type Data = Partial<{
  missingAmount: number;
  items: readonly { productId: string; quantity: number }[];
  conflictsWith: readonly string[];
  promotions: readonly string[];
  limit: number;
}>;

/**
 * The shopper-facing explanation of a rejection: its reason's message, with the amount still
 * missing, the items, the codes and then the automatic promotions it clashes with, by name. A code
 * over the order's limit of discounts says the limit (`rejection.too_many_codes_limit`); over a
 * category's, no number.
 */
export function rejectionMessage(rejection: Rejection, { t, money, items, list }: Messages): string {
  const {
    reason,
    code,
    missingAmount,
    conflictsWith,
    promotions = [],
    limit,
  } = rejection as Rejection & Data;
  const missing = (rejection as Data).items;
  return t(limit ? 'rejection.too_many_codes_limit' : `rejection.${reason}`, {
    code,
    amount: missingAmount && money(missingAmount),
    items: missing && items(missing),
    conflicts: conflictsWith && list([...conflictsWith, ...promotions]),
    count: limit,
  });
}
