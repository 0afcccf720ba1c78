import type { StackableRedeemable } from '@promokit/voucherify';

import { EngineRequestError } from '../engine-request-error.js';
import type { Catalog, PromotionStackDefinition } from '../model/catalog.js';

/** A redeemable the stack can evaluate: a code or a promotion tier. */
export type StackMember = Extract<StackableRedeemable, { object: 'voucher' | 'promotion_tier' }>;

/** The redeemables a request evaluates, and the promotion stack they come from, when it named one. */
export interface RequestMembers {
  /** Codes and tiers, in the order requested; a stack's tiers in the stack's sequence. */
  members: readonly StackMember[];
  /** The promotion stack the request named alone; `undefined` for codes and tiers. */
  stack: PromotionStackDefinition | undefined;
}

/**
 * Refuses, as Voucherify does, a request naming a redeemable twice (400 `duplicated_redeemables`)
 * or mixing a promotion stack with others (400 `invalid_redeemables`); a promotion stack sent alone
 * stands for its tiers, in the stack's sequence (DIGEST §5: "only one stack, and alone; up to 30
 * tiers"; its `hierarchy_mode: MANUAL` is that sequence).
 *
 * @throws {EngineRequestError} 400 `duplicated_redeemables` / `invalid_redeemables`, or 404
 * `not_found` (`resource_type` `promotion_stack`) for a stack the project does not have.
 */
export function requestMembers(
  redeemables: readonly StackableRedeemable[],
  catalog: Pick<Catalog, 'stacks'>,
  requestId: string,
): RequestMembers {
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
  const named = redeemables.find((redeemable) => redeemable.object === 'promotion_stack');
  if (named === undefined) return { members: redeemables as readonly StackMember[], stack: undefined };
  if (redeemables.length > 1) {
    throw new EngineRequestError({
      code: 400,
      key: 'invalid_redeemables',
      message: 'Invalid redeemables',
      details: 'Promotion Stack cannot be use with other redeemables',
      request_id: requestId,
    });
  }
  const stack = catalog.stacks.get(named.id);
  if (stack === undefined) {
    throw new EngineRequestError({
      code: 404,
      key: 'not_found',
      message: 'Resource not found',
      details: `Cannot find promotion_stack with id ${named.id}`,
      request_id: requestId,
      resource_id: named.id,
      resource_type: 'promotion_stack',
    });
  }
  return {
    members: stack.tierIds.map((id) => ({ object: 'promotion_tier' as const, id })),
    stack,
  };
}
