import { z } from 'zod';

import { customerSchema } from './customer.js';
import { metadataSchema } from './metadata.js';
import { orderSchema } from './order.js';
import { sessionSchema } from './session.js';

/**
 * What a qualification looks for: `ALL` (default), `CUSTOMER_WALLET` (codes published to the
 * customer), `AUDIENCE_ONLY` (the customer profile only), `PRODUCTS` (items discounted or required by
 * a rule), `PRODUCTS_DISCOUNT` (discounts aimed at specific items), and the stack and per-customer
 * variants.
 */
export const qualificationsScenarioSchema = z.enum([
  'ALL',
  'CUSTOMER_WALLET',
  'AUDIENCE_ONLY',
  'PRODUCTS',
  'PRODUCTS_DISCOUNT',
  'PROMOTION_STACKS',
  'PRODUCTS_BY_CUSTOMER',
  'PRODUCTS_DISCOUNT_BY_CUSTOMER',
]);

/** A qualification scenario. */
export type QualificationsScenario = z.infer<typeof qualificationsScenarioSchema>;

/** Campaign types a qualification can be filtered by. */
export const campaignTypeSchema = z.enum([
  'PROMOTION',
  'GIFT_VOUCHERS',
  'REFERRAL_PROGRAM',
  'DISCOUNT_COUPONS',
  'LOYALTY_PROGRAM',
]);

/** A campaign type. */
export type CampaignType = z.infer<typeof campaignTypeSchema>;

/** Kinds of redeemable a qualification can be filtered by. */
export const qualificationsResourceTypeSchema = z.enum(['campaign', 'voucher', 'promotion_tier']);

/** Order of qualification results: newest first, or by the discount they give. */
export const qualificationsSortingRuleSchema = z.enum(['BEST_DEAL', 'LEAST_DEAL', 'DEFAULT']);

/** What `options.expand` can add to each qualified redeemable. */
export const qualificationsExpandSchema = z.enum(['redeemable', 'category', 'validation_rules']);

/** `$is` / `$is_not` / `$in` / `$not_in` over a closed set of values. */
function enumConditions<Values extends z.ZodType>(values: Values) {
  const list = z.array(values).nullish();
  return z.object({
    conditions: z.object({ $is: list, $is_not: list, $in: list, $not_in: list }).nullish(),
  });
}

/** Conditions on a free-form field (`category_id`, `campaign_id`, `resource_id`, `code`…). */
export const qualificationsFieldConditionsSchema = z.object({
  conditions: z
    .object({
      $is: z.string().nullish(),
      $is_not: z.string().nullish(),
      $has_value: z.unknown().optional(),
      $is_unknown: z.unknown().optional(),
      $in: z.array(z.string()).nullish(),
      $not_in: z.array(z.string()).nullish(),
    })
    .nullish(),
});

/** Conditions on a free-form field. */
export type QualificationsFieldConditions = z.infer<typeof qualificationsFieldConditionsSchema>;

/** `options.filters` of a qualification; `junction` joins the conditions (`and` by default). */
export const qualificationsFiltersSchema = z.object({
  junction: z.enum(['and', 'or']).nullish(),
  category_id: qualificationsFieldConditionsSchema.nullish(),
  campaign_id: qualificationsFieldConditionsSchema.nullish(),
  resource_id: qualificationsFieldConditionsSchema.nullish(),
  voucher_type: qualificationsFieldConditionsSchema.nullish(),
  code: qualificationsFieldConditionsSchema.nullish(),
  campaign_type: enumConditions(campaignTypeSchema).nullish(),
  resource_type: enumConditions(qualificationsResourceTypeSchema).nullish(),
  holder_role: enumConditions(z.enum(['OWNER', 'REFERRER', 'REFEREE'])).nullish(),
});

/** `options.filters` of a qualification. */
export type QualificationsFilters = z.infer<typeof qualificationsFiltersSchema>;

/**
 * `options` of a qualification: page size (`limit`, at most 50, default 5), the `starting_after`
 * cursor (`created_at` of the last result seen), filters, expansions and sorting.
 */
export const qualificationsOptionsSchema = z.object({
  limit: z.int().min(1).max(50).nullish(),
  starting_after: z.iso.datetime({ offset: true }).nullish(),
  filters: qualificationsFiltersSchema.nullish(),
  expand: z.array(qualificationsExpandSchema).nullish(),
  sorting_rule: qualificationsSortingRuleSchema.nullish(),
});

/** `options` of a qualification. */
export type QualificationsOptions = z.infer<typeof qualificationsOptionsSchema>;

/**
 * Body of `POST /v1/qualifications` ("check eligibility"): the customer and order context, the
 * scenario and options. Top-level `metadata` is redemption metadata for rules; a `LOCK` session
 * only adds gift cards' `locked_credits` to the results.
 */
export const qualificationsCheckEligibilityRequestBodySchema = z.object({
  customer: customerSchema.nullish(),
  order: orderSchema.nullish(),
  tracking_id: z.string().nullish(),
  scenario: qualificationsScenarioSchema.nullish(),
  options: qualificationsOptionsSchema.nullish(),
  session: sessionSchema.nullish(),
  metadata: metadataSchema.nullish(),
});

/** Body of `POST /v1/qualifications`. */
export type QualificationsCheckEligibilityRequestBody = z.infer<
  typeof qualificationsCheckEligibilityRequestBodySchema
>;
