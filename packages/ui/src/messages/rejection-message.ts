import type { Rejection } from '@promokit/core';

import type { Messages } from './create-messages.js';

/** The shopper-facing explanation of a rejection. */
export function rejectionMessage(rejection: Rejection, messages: Messages): string {
  const key = `rejection.${rejection.reason}` as const;
  switch (rejection.reason) {
    case 'cart_below_minimum':
      return messages.t(key, { code: rejection.code, amount: messages.money(rejection.missingAmount) });
    case 'missing_items':
      return messages.t(key, { code: rejection.code, items: messages.items(rejection.items) });
    case 'not_combinable':
      // The codes to remove, then the automatic promotions it would push out, by name.
      return messages.t(key, {
        code: rejection.code,
        conflicts: messages.list([...rejection.conflictsWith, ...(rejection.promotions ?? [])]),
      });
    case 'too_many_codes':
      // The number, when known, is the order's limit; without it the limit was its kind's.
      return rejection.limit
        ? messages.t('rejection.too_many_codes_limit', { code: rejection.code, count: rejection.limit })
        : messages.t(key, { code: rejection.code });
    default:
      return messages.t(key, { code: rejection.code });
  }
}
