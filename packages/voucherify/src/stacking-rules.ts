import { z } from 'zod';

/**
 * Project-wide stacking rules echoed by validations and redemptions (Voucherify `StackingRules`).
 * Voucherify's defaults: limits 30 / 5 / 1 / 1 / 1, `REQUESTED_ORDER` sorting. Unknown fields (such
 * as `grouped_redeemables_sorting_rule`) are kept.
 */
export const stackingRulesSchema = z.looseObject({
  redeemables_limit: z.int().min(1).max(30).nullish(),
  applicable_redeemables_limit: z.int().min(1).max(30).nullish(),
  applicable_redeemables_per_category_limit: z.int().min(1).max(30).nullish(),
  applicable_redeemables_category_limits: z.record(z.string(), z.int()).nullish(),
  applicable_exclusive_redeemables_limit: z.int().min(1).max(5).nullish(),
  applicable_exclusive_redeemables_per_category_limit: z.int().min(1).max(5).nullish(),
  exclusive_categories: z.array(z.string()).nullish(),
  joint_categories: z.array(z.string()).nullish(),
  redeemables_application_mode: z.enum(['ALL', 'PARTIAL']).nullish(),
  redeemables_sorting_rule: z.enum(['CATEGORY_HIERARCHY', 'REQUESTED_ORDER']).nullish(),
  redeemables_products_application_mode: z.enum(['STACK', 'ONCE']).nullish(),
  redeemables_no_effect_rule: z.enum(['REDEEM_ANYWAY', 'SKIP']).nullish(),
  no_effect_skip_categories: z.array(z.string()).nullish(),
  no_effect_redeem_anyway_categories: z.array(z.string()).nullish(),
  redeemables_rollback_order_mode: z.enum(['WITH_ORDER', 'WITHOUT_ORDER']).nullish(),
});

/** Stacking rules as returned by Voucherify. */
export type StackingRules = z.infer<typeof stackingRulesSchema>;
