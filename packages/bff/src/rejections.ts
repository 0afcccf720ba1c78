import type { Rejection } from '@promokit/core';
import type { RejectionErrorKey } from '@promokit/engine';
import {
  type SkippedRedeemableKey,
  skippedRedeemableKeySchema,
  type StackingRules,
  type ValidationsRedeemableInapplicable,
  type ValidationsRedeemableSkipped,
} from '@promokit/voucherify';

type Simple = Exclude<
  Rejection['reason'],
  'cart_below_minimum' | 'missing_items' | 'not_combinable' | 'too_many_codes'
>;

/**
 * Voucherify error keys whose meaning maps one-to-one onto a kit reason: every key the embedded
 * engine can refuse a code with (a missing one fails the typecheck), and others Voucherify sends.
 */
export const ERROR_KEY_REASONS: Readonly<Record<string, Simple>> = {
  not_found: 'not_found',
  resource_not_found: 'not_found',
  voucher_expired: 'expired',
  voucher_not_active: 'not_active_yet',
  voucher_not_active_now: 'not_active_yet',
  promotion_not_active_now: 'not_active_yet',
  voucher_disabled: 'inactive',
  promotion_inactive: 'inactive',
  quantity_exceeded: 'usage_limit_reached',
  gift_amount_exceeded: 'insufficient_balance',
  loyalty_card_points_exceeded: 'insufficient_balance',
  missing_reward: 'cart_not_eligible',
  missing_order_items_amount: 'cart_not_eligible',
  customer_rules_violated: 'customer_not_eligible',
  invalid_customer: 'customer_not_eligible',
  missing_customer: 'requires_sign_in',
  referrer_not_permitted_to_redeem: 'own_referral_code',
  order_rules_violated: 'cart_not_eligible',
  redemption_rules_violated: 'cart_not_eligible',
  no_applicable_redeemables: 'cart_not_eligible',
} satisfies Record<RejectionErrorKey, Simple> & Record<string, Simple>;

/**
 * What each SKIPPED key means for the shopper: the code is fine but clashes with the others in the
 * cart (`not_combinable`: an exclusive code, or one excluded by an exclusive one), the order already
 * has as many discounts as the stacking rules let apply together (`too_many_codes`: the code
 * combines with every other, there are just enough of them), or it cannot apply to this cart as it
 * is. Keys: DIGEST §5.
 */
export const SKIPPED_KEY_REASONS: Readonly<
  Record<SkippedRedeemableKey, 'not_combinable' | 'too_many_codes' | 'cart_not_eligible'>
> = {
  applicable_redeemables_limit_exceeded: 'too_many_codes',
  applicable_redeemables_per_category_limit_exceeded: 'too_many_codes',
  applicable_exclusive_redeemables_limit_exceeded: 'not_combinable',
  applicable_exclusive_redeemables_per_category_limit_exceeded: 'not_combinable',
  exclusion_rules_not_met: 'not_combinable',
  preceding_validation_failed: 'cart_not_eligible',
  no_effect: 'cart_not_eligible',
};

/** SKIPPED keys that mean the code is fine but clashes with the others in the cart. */
export const CONFLICT_KEYS: readonly SkippedRedeemableKey[] = skippedRedeemableKeySchema.options.filter(
  (key) => SKIPPED_KEY_REASONS[key] === 'not_combinable',
);

/** The bundle items a cart still lacks, as product ids and quantities. */
export function missingItems(bundle: ValidationsRedeemableInapplicable['result']['bundle']) {
  return (bundle?.missing ?? []).flatMap((item) =>
    typeof item.id === 'string'
      ? [{ productId: item.id, quantity: typeof item.item_quantity === 'number' ? item.item_quantity : 1 }]
      : [],
  );
}

/**
 * Explains why a redeemable did not apply, as one of the kit's closed set of reasons, with the data
 * its recovery action needs. `appliedCodes` are the codes that did apply, for `not_combinable`;
 * `stackingRules`, the validation's, give `too_many_codes` its `limit` when the order's limit was
 * reached (`applicable_redeemables_limit`, which counts codes and promotion tiers alike).
 */
export function toRejection(
  redeemable: ValidationsRedeemableInapplicable | ValidationsRedeemableSkipped,
  appliedCodes: readonly string[],
  stackingRules?: StackingRules | null,
): Rejection {
  const code = redeemable.id;
  if (redeemable.status === 'SKIPPED') {
    const key = redeemable.result.details?.key;
    const reason = key ? SKIPPED_KEY_REASONS[key] : 'cart_not_eligible';
    if (reason === 'not_combinable') return { reason, code, conflictsWith: [...appliedCodes] };
    if (reason !== 'too_many_codes') return { reason, code };
    const limit =
      key === 'applicable_redeemables_limit_exceeded' ? stackingRules?.applicable_redeemables_limit : null;
    return limit ? { reason, code, limit } : { reason, code };
  }
  const missingAmount = redeemable.result.promokit?.missing_amount;
  if (missingAmount) return { reason: 'cart_below_minimum', code, missingAmount };
  const items = missingItems(redeemable.result.bundle);
  if (items.length) return { reason: 'missing_items', code, items };
  const key = redeemable.result.error?.key ?? '';
  return { reason: ERROR_KEY_REASONS[key] ?? 'cart_not_eligible', code };
}
