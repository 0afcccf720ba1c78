import type {
  QualificationsRedeemable,
  QualificationsRedeemableBase,
  ValidationsRedeemableApplicable,
} from '@promokit/voucherify';

import { newId } from '../ids.js';
import type { PromotionStackDefinition } from '../model/catalog.js';
import type { RedeemableState } from '../model/redeemable-definition.js';
import { validateStack } from '../validation/validate-stack.js';
import type { QualifyInput } from './qualify.js';

/** A promotion stack that qualifies: what it takes off in all, and its wire shape. */
export interface QualifiedStack {
  /** `order.total_applied_discount_amount` of the stack's tiers together: what deal sorting compares. */
  deal: number;
  wire: QualificationsRedeemable;
}

/**
 * Whether a promotion stack qualifies for the request's customer and order, and how: it does when
 * validating it alone would answer `valid` with at least one tier applied (DIGEST §4: the
 * `PROMOTION_STACKS` scenario "returns the applicable promotion stacks"), redemption-count limits
 * ignored as for every qualification. Its `redeemables[]` are the tiers that apply, in the stack's
 * sequence, each with the order after it and the tiers before it (spec `QualificationsRedeemable`);
 * its `order` is the order with all of them applied. `undefined` when it does not qualify.
 */
export function qualifyStack(
  stack: PromotionStackDefinition,
  input: QualifyInput,
): QualifiedStack | undefined {
  const { request, catalog } = input;
  const expandRedeemable = new Set(request.options?.expand ?? []).has('redeemable');
  const states = new Map<string, RedeemableState>();
  for (const id of stack.tierIds) {
    const tier = catalog.tiers.get(id);
    const state = tier && input.stateOf(tier);
    if (tier && state) states.set(id, state);
  }
  const outcome = validateStack({
    ...input,
    ignoreRedemptionLimits: true,
    request: {
      redeemables: [{ object: 'promotion_stack', id: stack.id }],
      order: request.order,
      customer: request.customer,
      metadata: request.metadata,
      options: { expand: expandRedeemable ? ['order', 'redeemable'] : ['order'] },
    },
    states,
    newId,
  });
  if (!outcome.response.valid || outcome.applied.length === 0) return undefined;
  const tiers = outcome.response.redeemables.filter(
    (result): result is ValidationsRedeemableApplicable => result.status === 'APPLICABLE',
  );
  const order = outcome.response.order;
  const redeemables = tiers.map(({ status: _status, ...tier }): QualificationsRedeemableBase => ({
    ...tier,
    created_at: catalog.tiers.get(tier.id)?.createdAt ?? null,
  }));
  return {
    deal: order?.total_applied_discount_amount ?? 0,
    wire: {
      id: stack.id,
      object: 'promotion_stack',
      created_at: stack.createdAt,
      result: {},
      ...(order ? { order } : {}),
      name: stack.name,
      ...(expandRedeemable ? { campaign_name: stack.campaignName, campaign_id: stack.campaignId } : {}),
      categories: [...stack.categories],
      redeemables,
    },
  };
}
