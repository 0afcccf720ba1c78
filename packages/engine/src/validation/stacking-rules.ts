import type { StackingRules } from '@promokit/voucherify';

/** Stacking rules with every field the engine reads set. */
export interface ResolvedStackingRules extends StackingRules {
  redeemables_limit: number;
  applicable_redeemables_limit: number;
  applicable_redeemables_per_category_limit: number;
  applicable_redeemables_category_limits: Record<string, number>;
  applicable_exclusive_redeemables_limit: number;
  applicable_exclusive_redeemables_per_category_limit: number;
  exclusive_categories: string[];
  joint_categories: string[];
  redeemables_application_mode: 'ALL' | 'PARTIAL';
  redeemables_sorting_rule: 'REQUESTED_ORDER' | 'CATEGORY_HIERARCHY';
  redeemables_products_application_mode: 'STACK' | 'ONCE';
  redeemables_no_effect_rule: 'REDEEM_ANYWAY' | 'SKIP';
  no_effect_skip_categories: string[];
  no_effect_redeem_anyway_categories: string[];
  redeemables_rollback_order_mode: 'WITH_ORDER' | 'WITHOUT_ORDER';
  /** Echoed only when the seed sets it; `DISCOUNTED_AMOUNT` otherwise. */
  discount_calculation_mode?: 'DISCOUNTED_AMOUNT' | 'INITIAL_AMOUNT';
}

/**
 * The engine's stacking rules: Voucherify's defaults, in `ALL` mode (one INAPPLICABLE redeemable
 * makes the validation invalid and skips the rest). Every setting here is enforced.
 */
export const DEFAULT_STACKING_RULES = {
  redeemables_limit: 30,
  applicable_redeemables_limit: 5,
  applicable_redeemables_per_category_limit: 1,
  applicable_redeemables_category_limits: {},
  applicable_exclusive_redeemables_limit: 1,
  applicable_exclusive_redeemables_per_category_limit: 1,
  exclusive_categories: [],
  joint_categories: [],
  redeemables_application_mode: 'ALL',
  redeemables_sorting_rule: 'REQUESTED_ORDER',
  redeemables_products_application_mode: 'STACK',
  redeemables_no_effect_rule: 'REDEEM_ANYWAY',
  no_effect_skip_categories: [],
  no_effect_redeem_anyway_categories: [],
  redeemables_rollback_order_mode: 'WITH_ORDER',
} as const satisfies StackingRules;
