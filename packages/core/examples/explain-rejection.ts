import type { Rejection } from '@promokit/core';

export function explain(rejection: Rejection): string {
  switch (rejection.reason) {
    case 'cart_below_minimum':
      return `Add ${rejection.missingAmount} more to use ${rejection.code}`;
    case 'not_combinable':
      return `${rejection.code} can't be combined with ${rejection.conflictsWith.join(', ')}`;
    default:
      return `${rejection.code}: ${rejection.reason}`;
  }
}
