import type { StackableRedeemable } from '@promokit/voucherify';

import { EngineRequestError } from '../engine-request-error.js';

/** A redeemable the stack can evaluate: a code or a promotion tier. */
export type StackMember = Extract<StackableRedeemable, { object: 'voucher' | 'promotion_tier' }>;

/**
 * Refuses, as Voucherify does, a request naming a redeemable twice (400 `duplicated_redeemables`)
 * or mixing a promotion stack with others (400 `invalid_redeemables`). The engine has no
 * promotion stacks yet, so a stack alone is not found (404).
 */
export function checkRedeemables(
  redeemables: readonly StackableRedeemable[],
  requestId: string,
): asserts redeemables is readonly StackMember[] {
  const seen = new Set<string>();
  for (const { object, id } of redeemables) {
    const key = `${object}:${id}`;
    if (seen.has(key)) {
      throw new EngineRequestError({
        code: 400,
        key: 'duplicated_redeemables',
        message: 'Duplicated redeemables detected',
        details: 'Duplicated redeemables detected in one redemption',
        request_id: requestId,
      });
    }
    seen.add(key);
  }
  const stack = redeemables.find((redeemable) => redeemable.object === 'promotion_stack');
  if (stack === undefined) return;
  if (redeemables.length > 1) {
    throw new EngineRequestError({
      code: 400,
      key: 'invalid_redeemables',
      message: 'Invalid redeemables',
      details: 'Promotion Stack cannot be use with other redeemables',
      request_id: requestId,
    });
  }
  throw new EngineRequestError({
    code: 404,
    key: 'not_found',
    message: 'Resource not found',
    details: `Cannot find promotion_stack with id ${stack.id}`,
    request_id: requestId,
    resource_id: stack.id,
    resource_type: 'promotion_stack',
  });
}
