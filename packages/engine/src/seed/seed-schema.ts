import { discountAmountEffectSchema, metadataSchema } from '@promokit/voucherify';
import { z } from 'zod';

import { FormulaError, parseFormula } from '../pricing/discount-formula.js';
import { codeClashes } from './code-clashes.js';
import { ruleSetSchema, segmentConditionsSchema } from './seed-rule-set-schema.js';
import { isTimeZone } from '../rules/time-windows.js';
import { seedTargetSchema } from './seed-target-schema.js';

/** An id with a Voucherify-style prefix, such as `camp_kdxp3vf1clQ9`. */
function prefixedId(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}[A-Za-z0-9]+$`), { error: `must look like ${prefix}<letters and digits>` });
}

const dateTime = z.iso.datetime({ offset: true });

/**
 * A discount formula (Voucherify's `*_formula`, see `parseFormula`), checked on load; the static
 * value beside it is the fallback when data the formula reads is missing.
 */
const formula = z.string().superRefine((source, context) => {
  try {
    parseFormula(source);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
  }
});

const targets = {
  applicable_to: z.array(seedTargetSchema).optional(),
  inapplicable_to: z.array(seedTargetSchema).optional(),
};

/**
 * `AMOUNT` discount: `amount_off` hundredths (Voucherify's unit, the amount × 100 whatever the
 * currency, as every amount of a seed) off the order (`APPLY_TO_ORDER`), off each applicable line
 * (`APPLY_TO_ITEMS`), off each applicable unit (`APPLY_TO_ITEMS_BY_QUANTITY`), or split across
 * applicable lines by amount (`APPLY_TO_ITEMS_PROPORTIONALLY`) or by quantity
 * (`APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY`); never more than what it applies to.
 */
export const seedAmountDiscountSchema = z.strictObject({
  type: z.literal('AMOUNT'),
  amount_off: z.int().positive(),
  amount_off_formula: formula.optional(),
  effect: discountAmountEffectSchema.default('APPLY_TO_ORDER'),
  aggregated_amount_limit: z.int().positive().optional(),
  ...targets,
});

/**
 * `PERCENT` discount (`percent_off` up to 4 decimals) on the order or on each applicable line,
 * capped at `amount_limit` hundredths (per order, or per line for items) and
 * `aggregated_amount_limit` across lines.
 */
export const seedPercentDiscountSchema = z.strictObject({
  type: z.literal('PERCENT'),
  percent_off: z.number().positive().max(100),
  percent_off_formula: formula.optional(),
  amount_limit: z.int().positive().optional(),
  aggregated_amount_limit: z.int().positive().optional(),
  effect: z.enum(['APPLY_TO_ORDER', 'APPLY_TO_ITEMS']).default('APPLY_TO_ORDER'),
  ...targets,
});

/** `FIXED` ("new price") discount: the order total, or each applicable unit's price, becomes `fixed_amount`. */
export const seedFixedDiscountSchema = z.strictObject({
  type: z.literal('FIXED'),
  fixed_amount: z.int().nonnegative(),
  fixed_amount_formula: formula.optional(),
  effect: z.enum(['APPLY_TO_ORDER', 'APPLY_TO_ITEMS']).default('APPLY_TO_ORDER'),
  ...targets,
});

/** Free units of one product (DIGEST §8): how many, which product, and how they get into the order. */
const unitFields = {
  unit_off: z.int().positive(),
  unit_off_formula: formula.optional(),
  unit_type: z.string().min(1),
  effect: z.enum(['ADD_MISSING_ITEMS', 'ADD_NEW_ITEMS']).default('ADD_MISSING_ITEMS'),
};

/**
 * `UNIT` discount: `unit_off` free units of the product `unit_type` (DIGEST §8).
 * `ADD_MISSING_ITEMS` tops the order up to `unit_off` units, adding only those missing, and makes
 * `unit_off` of them free (free shipping is this on `prod_5h1pp1ng`); `ADD_NEW_ITEMS` always adds
 * `unit_off` new units and makes only those free; `ADD_SAME_ITEMS` (spec
 * `DiscountUnitVouchersEffectTypes`, undocumented there; the engine's reading) adds `unit_off`
 * free units of the same product to the line that already holds it, and adds nothing to an order
 * without it.
 */
export const seedUnitDiscountSchema = z.strictObject({
  type: z.literal('UNIT'),
  ...unitFields,
  effect: z.enum(['ADD_MISSING_ITEMS', 'ADD_NEW_ITEMS', 'ADD_SAME_ITEMS']).default('ADD_MISSING_ITEMS'),
});

/**
 * `UNIT` discount with several products (`effect: "ADD_MANY_ITEMS"`): each of `units` is given as
 * a single-product `UNIT` discount would give it, in order.
 */
export const seedUnitManyDiscountSchema = z.strictObject({
  type: z.literal('UNIT'),
  effect: z.literal('ADD_MANY_ITEMS'),
  units: z.array(z.strictObject(unitFields)).min(1),
});

/** The discounts the engine can apply. */
export const seedDiscountSchema = z.discriminatedUnion('type', [
  seedAmountDiscountSchema,
  seedPercentDiscountSchema,
  seedFixedDiscountSchema,
  z.discriminatedUnion('effect', [seedUnitManyDiscountSchema, seedUnitDiscountSchema]),
]);

/** A discount the engine can apply. */
export type EngineDiscount = z.infer<typeof seedDiscountSchema>;

/** Condition: the order amount before discounts is at least `amount` hundredths. */
export const seedMinOrderAmountConditionSchema = z.strictObject({
  type: z.literal('min_order_amount'),
  amount: z.int().positive(),
});

/** Condition: the order amount before discounts is at most `amount` hundredths. */
const maxOrderAmountCondition = z.strictObject({
  type: z.literal('max_order_amount'),
  amount: z.int().positive(),
});

/** A product, SKU or collection an items condition asks for, with a minimum quantity. */
const requiredItem = z.strictObject({
  object: z.enum(['product', 'sku', 'products_collection']),
  id: z.string().min(1),
  quantity: z.int().positive().default(1),
});

/** Condition: the order holds every listed item (`match: "all"`) or one of them (`"any"`). */
const orderItemsCondition = z.strictObject({
  type: z.literal('order_items'),
  match: z.enum(['all', 'any']).default('all'),
  items: z.array(requiredItem).min(1),
});

/**
 * Condition: the order holds a whole bundle; reported as `result.bundle` (identified and missing
 * items). The order may hold several bundles, `limit` of them at most (Voucherify's "maximum number
 * of eligible bundles", 1 to 100; 100 when unset): the discount is multiplied by that number (bundle
 * scaling, see `scaleDiscount`). `limit: 1` applies the discount once.
 */
const bundleCondition = z.strictObject({
  type: z.literal('bundle'),
  items: z.array(requiredItem).min(1),
  limit: z.int().min(1).max(100).optional(),
});

/** Condition: the customer's `metadata[key]` is one of `values` (a segment). */
const customerMetadataCondition = z.strictObject({
  type: z.literal('customer_metadata'),
  key: z.string().min(1),
  values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
});

/** Condition: the customer has no earlier order. */
const firstOrderCondition = z.strictObject({ type: z.literal('first_order') });

/** Condition: the customer redeemed this campaign fewer than `max` times. */
const redemptionsPerCustomerCondition = z.strictObject({
  type: z.literal('redemptions_per_customer'),
  max: z.int().positive(),
});

/** Condition: the campaign was redeemed fewer than `max` times in all. */
const totalRedemptionsCondition = z.strictObject({
  type: z.literal('total_redemptions'),
  max: z.int().positive(),
});

/**
 * Condition: the customer is the code's holder, the customer it is published to (the code's
 * `holder`). This is Voucherify's "Redemption only by code holder" rule (its docs' validation rule
 * reference, under Audience and Redemptions; formerly "Only for customers who are holders of the
 * code"): everyone else is refused, `customer_rules_violated` for another customer and
 * `missing_customer` without one, and a code published to no one is refused to all. A promotion
 * tier has no holder, so a tier may not use such a rule.
 */
const codeHolderCondition = z.strictObject({ type: z.literal('code_holder') });

/** One condition of a validation rule, told apart by `type`. */
export const seedRuleConditionSchema = z.discriminatedUnion('type', [
  seedMinOrderAmountConditionSchema,
  maxOrderAmountCondition,
  orderItemsCondition,
  bundleCondition,
  customerMetadataCondition,
  firstOrderCondition,
  redemptionsPerCustomerCondition,
  totalRedemptionsCondition,
  codeHolderCondition,
]);

/** One condition of a validation rule. */
export type RuleCondition = z.infer<typeof seedRuleConditionSchema>;

/**
 * A validation rule (`val_…`), written either as the engine's list of `conditions` (every one
 * must hold) or as Voucherify writes it: `rules`, keyed rules joined by their `logic` with
 * `and` / `or` and parentheses, nested under `order.items.*` rules (spec `ValidationRuleRules`;
 * see `SeedRuleSet`). Campaigns and tiers refer to rules by id. `error.message` is the rule's own
 * message, returned as `error.error.message` on violation.
 */
export const seedValidationRuleSchema = z.union([
  z.strictObject({
    id: prefixedId('val_'),
    name: z.string().min(1),
    conditions: z.array(seedRuleConditionSchema).min(1),
    error: z.strictObject({ message: z.string().min(1) }).optional(),
  }),
  z.strictObject({
    id: prefixedId('val_'),
    name: z.string().min(1),
    rules: ruleSetSchema,
    error: z.strictObject({ message: z.string().min(1) }).optional(),
  }),
]);

/** A validation rule. */
export type ValidationRule = z.infer<typeof seedValidationRuleSchema>;

/** A time of day, `HH:mm` (24 hours). */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be HH:mm' });

/**
 * When something is usable: dates (ISO date-times), days of the week (0 = Sunday), daily hours
 * (`validity_hours.daily`: from `start_time` until `expiration_time` on `days_of_week`, spec
 * `ValidityHours`; days and hours in the project's `time_zone`) and a repeating
 * time frame (`interval` and `duration` as ISO 8601 durations in days, hours and minutes, counted
 * from `start_date`).
 */
const validity = {
  active: z.boolean().default(true),
  start_date: dateTime.optional(),
  expiration_date: dateTime.optional(),
  validity_day_of_week: z.array(z.int().min(0).max(6)).min(1).optional(),
  validity_hours: z
    .strictObject({
      daily: z
        .array(
          z
            .strictObject({
              start_time: clockTime,
              expiration_time: clockTime,
              days_of_week: z.array(z.int().min(0).max(6)).min(1),
            })
            .refine((period) => period.start_time < period.expiration_time, {
              error: 'start_time must come before expiration_time',
            }),
        )
        .min(1),
    })
    .optional(),
  validity_timeframe: z
    .strictObject({
      interval: z.string().regex(/^P(\d+D)?(T(\d+H)?(\d+M)?)?$/),
      duration: z.string().regex(/^P(\d+D)?(T(\d+H)?(\d+M)?)?$/),
    })
    .optional(),
};

/** Fields every campaign has. */
const campaignBase = {
  id: prefixedId('camp_'),
  name: z.string().min(1),
  ...validity,
  validation_rules: z.array(prefixedId('val_')).default([]),
  categories: z.array(prefixedId('cat_')).default([]),
  created_at: dateTime.optional(),
  metadata: metadataSchema.default({}),
};

/** Fields every code has; `holder` is the `source_id` of the customer it is published to. */
const codeBase = {
  id: prefixedId('v_'),
  code: z.string().regex(/^\S+$/, { error: 'must be a non-empty code without spaces' }),
  ...validity,
  quantity: z.int().positive().optional(),
  redeemed_quantity: z.int().nonnegative().default(0),
  holder: z.string().min(1).optional(),
  metadata: metadataSchema.default({}),
};

/**
 * A code (`v_…` id). Dates override the campaign's; `quantity` caps uses (unlimited when absent)
 * and `redeemed_quantity` counts uses already made.
 */
export const seedVoucherSchema = z.strictObject({ ...codeBase, discount: seedDiscountSchema });

/** A `DISCOUNT_COUPONS` campaign and its codes. */
export const seedDiscountCouponsCampaignSchema = z.strictObject({
  ...campaignBase,
  type: z.literal('DISCOUNT_COUPONS'),
  vouchers: z.array(seedVoucherSchema).min(1),
});

/** A promotion tier (`promo_…`): applied without code, but only when sent as a redeemable. */
const seedPromotionTierSchema = z.strictObject({
  id: prefixedId('promo_'),
  name: z.string().min(1),
  banner: z.string().optional(),
  discount: seedDiscountSchema,
  ...validity,
  validation_rules: z.array(prefixedId('val_')).default([]),
  categories: z.array(prefixedId('cat_')).optional(),
  hierarchy: z.int().nonnegative().default(1),
  metadata: metadataSchema.default({}),
});

/** A `PROMOTION` campaign: tiers, each its own discount and rules. */
const seedPromotionCampaignSchema = z.strictObject({
  ...campaignBase,
  type: z.literal('PROMOTION'),
  tiers: z.array(seedPromotionTierSchema).min(1),
});

/** A `GIFT_VOUCHERS` campaign: cards holding `amount` hundredths of credit, `balance` of it left. */
const seedGiftCampaignSchema = z.strictObject({
  ...campaignBase,
  type: z.literal('GIFT_VOUCHERS'),
  vouchers: z
    .array(
      z.strictObject({
        ...codeBase,
        gift: z.strictObject({ amount: z.int().positive(), balance: z.int().nonnegative().optional() }),
      }),
    )
    .min(1),
});

/**
 * A loyalty reward (`rew_…`, spec `Reward` and its assignment to the program, `RewardAssignment`),
 * told apart by `type` (spec `RewardType`):
 *
 * - `COIN` (the default, "pay with points"): each point is worth `points_value` hundredths of the
 *   order (spec `RewardTypeCoin`);
 * - `MATERIAL`: one free unit of `product.id` (a product of the seed) for `points` points (spec
 *   `RewardTypeMaterial`, `RewardAssignmentParameters.parameters.loyalty.points`);
 * - `CAMPAIGN`: a coupon of the `DISCOUNT_COUPONS` campaign `campaign.id` published to the card's
 *   holder for `points` points (spec `RewardTypeCampaign`; Voucherify's rollback example shows such
 *   a reward's redemption carrying the published `voucher`).
 */
const seedLoyaltyRewardSchema = z
  .strictObject({
    id: prefixedId('rew_'),
    name: z.string().min(1),
    type: z.enum(['COIN', 'MATERIAL', 'CAMPAIGN']).default('COIN'),
    points_value: z.int().positive().optional(),
    points: z.int().positive().optional(),
    product: z.strictObject({ id: z.string().min(1) }).optional(),
    campaign: z.strictObject({ id: prefixedId('camp_') }).optional(),
  })
  .superRefine((reward, context) => {
    const needs: Record<typeof reward.type, readonly (keyof typeof reward)[]> = {
      COIN: ['points_value'],
      MATERIAL: ['points', 'product'],
      CAMPAIGN: ['points', 'campaign'],
    };
    const fields = ['points_value', 'points', 'product', 'campaign'] as const;
    for (const field of fields) {
      const needed = needs[reward.type].includes(field);
      if (needed && reward[field] === undefined)
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `a ${reward.type} reward needs ${field}`,
        });
      if (!needed && reward[field] !== undefined)
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `a ${reward.type} reward takes no ${field}`,
        });
    }
  });

/**
 * A `LOYALTY_PROGRAM` campaign: cards, `rewards` their points buy (see
 * {@link seedLoyaltyRewardSchema}), and `earning` (`points` per `every` hundredths of a paid
 * order's total). A card without `holder` is not published yet: the program publishes it to a
 * referrer it rewards with points who holds no card of it (see `referrer_reward`).
 */
const seedLoyaltyCampaignSchema = z.strictObject({
  ...campaignBase,
  type: z.literal('LOYALTY_PROGRAM'),
  rewards: z.array(seedLoyaltyRewardSchema).min(1),
  earning: z.strictObject({ points: z.int().positive(), every: z.int().positive() }).optional(),
  /**
   * Loyalty tiers (`ltr_…`): a card holder is in the tier whose `points` range (`from` included,
   * `to` excluded; open-ended without `to`) holds the points the card has earned in all. Rules
   * name them with `customer.loyalty.tier`.
   */
  tiers: z
    .array(
      z
        .strictObject({
          id: prefixedId('ltr_'),
          name: z.string().min(1),
          points: z.strictObject({ from: z.int().nonnegative(), to: z.int().positive().optional() }),
        })
        .refine((tier) => tier.points.to === undefined || tier.points.to > tier.points.from, {
          error: 'points.to must be above points.from',
        }),
    )
    .optional(),
  vouchers: z
    .array(
      z.strictObject({
        ...codeBase,
        loyalty_card: z.strictObject({
          points: z.int().nonnegative(),
          balance: z.int().nonnegative().optional(),
        }),
      }),
    )
    .min(1),
});

/**
 * What makes a referral successful (Voucherify's `referral_program.conversion_event_type`): the
 * referee redeeming the code (`redemption`, the default), or a custom event named
 * `custom_event.name` sent with the code (`POST /v1/events` with `referral.code`).
 */
const seedReferralProgramSchema = z.discriminatedUnion('conversion_event_type', [
  z.strictObject({ conversion_event_type: z.literal('redemption') }),
  z.strictObject({
    conversion_event_type: z.literal('custom_event'),
    custom_event: z.strictObject({ name: z.string().min(1) }),
  }),
]);

/**
 * What a referrer gets for each unique referee (Voucherify's referral tier reward, a `Reward` of
 * type `CAMPAIGN`, spec `RewardTypeCampaign`: "the number of points to be added to a loyalty card"
 * or a coupon of a discount campaign):
 *
 * - `{ points }`: points on the first loyalty card the referrer holds; nothing without one;
 * - `{ points, campaign: { id } }` naming a `LOYALTY_PROGRAM`: points on the referrer's card of that
 *   program; a referrer holding none is published the program's first card without holder, with
 *   the points on it;
 * - `{ campaign: { id } }` naming a `DISCOUNT_COUPONS` campaign: the campaign's first unpublished
 *   code is published to the referrer.
 */
const seedReferrerRewardSchema = z
  .strictObject({
    points: z.int().positive().optional(),
    campaign: z.strictObject({ id: prefixedId('camp_') }).optional(),
  })
  .refine((reward) => reward.points !== undefined || reward.campaign !== undefined, {
    error: 'a referrer reward needs points, a campaign, or both',
  });

/**
 * A `REFERRAL_PROGRAM` campaign: each code is held by its referrer and gives the referred friend
 * `discount`. Each referee's first conversion through a code (see `referral_program`) earns the
 * referrer `referrer_reward` ("each unique referee", see {@link seedReferrerRewardSchema}).
 */
const seedReferralCampaignSchema = z.strictObject({
  ...campaignBase,
  type: z.literal('REFERRAL_PROGRAM'),
  discount: seedDiscountSchema,
  referral_program: seedReferralProgramSchema.default({ conversion_event_type: 'redemption' }),
  referrer_reward: seedReferrerRewardSchema.optional(),
  vouchers: z.array(z.strictObject({ ...codeBase, holder: z.string().min(1) })).min(1),
});

/** A campaign, told apart by `type`. */
export const seedCampaignSchema = z.discriminatedUnion('type', [
  seedDiscountCouponsCampaignSchema,
  seedPromotionCampaignSchema,
  seedGiftCampaignSchema,
  seedLoyaltyCampaignSchema,
  seedReferralCampaignSchema,
]);

/** A campaign of any type. */
export type SeedCampaign = z.output<typeof seedCampaignSchema>;

/** A category (`cat_…`): lower `hierarchy` sorts first; `stacking_rules_type` marks it exclusive or joint. */
const seedCategorySchema = z.strictObject({
  id: prefixedId('cat_'),
  name: z.string().min(1),
  hierarchy: z.int().nonnegative().default(1),
  stacking_rules_type: z.enum(['JOINT', 'EXCLUSIVE']).optional(),
});

/** A customer: `source_id` is the storefront's id; `orders` counts orders placed before the seed. */
const seedCustomerSchema = z.strictObject({
  id: prefixedId('cust_'),
  source_id: z.string().min(1),
  name: z.string().optional(),
  email: z.string().optional(),
  metadata: metadataSchema.default({}),
  orders: z.int().nonnegative().default(0),
});

/** A customer field an auto segment filters on: `source_id` or `metadata.<key>`. */
const segmentFieldKey = /^(source_id|metadata\.[^.\s]+)$/;

/**
 * A customer segment (`seg_…`), which `customer.segment` rules name. `static`: the customers
 * listed by `source_id`; `auto`: every customer whose fields meet `filters`, written as
 * Voucherify's segment filters (`{ junction, "metadata.tier": { conditions: { $is: ["vip"] } } }`)
 * with the operators of validation rules, on `source_id` and `metadata.<key>`.
 */
const seedSegmentSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: prefixedId('seg_'),
    name: z.string().min(1),
    type: z.literal('static'),
    customers: z.array(z.string().min(1)),
  }),
  z.strictObject({
    id: prefixedId('seg_'),
    name: z.string().min(1),
    type: z.literal('auto'),
    filters: z
      .record(
        z.string(),
        z.union([z.enum(['and', 'or']), z.strictObject({ conditions: segmentConditionsSchema })]),
      )
      .superRefine((filters, context) => {
        const fields = Object.keys(filters).filter((key) => key !== 'junction');
        if (fields.length === 0)
          context.addIssue({ code: 'custom', message: 'an auto segment needs a filter' });
        if (filters['junction'] !== undefined && typeof filters['junction'] !== 'string')
          context.addIssue({ code: 'custom', path: ['junction'], message: 'junction is "and" or "or"' });
        for (const field of fields) {
          if (!segmentFieldKey.test(field) || typeof filters[field] === 'string')
            context.addIssue({
              code: 'custom',
              path: [field],
              message: 'filter on source_id or metadata.<key>',
            });
        }
      }),
  }),
]);

/** A customer segment. */
export type SeedSegment = z.output<typeof seedSegmentSchema>;

/** A product the engine prices free units with; `id` is what order lines carry. */
const seedProductSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  price: z.int().nonnegative(),
});

/** A product collection (`pc_…`): the product ids it holds. */
const seedCollectionSchema = z.strictObject({
  id: prefixedId('pc_'),
  name: z.string().min(1),
  products: z.array(z.string().min(1)).min(1),
});

/**
 * A promotion stack (`stack_…`, spec `PromotionStack`): tiers of one `PROMOTION` campaign
 * (`campaign_id`) applied together, in the sequence `tiers.ids` lists (`hierarchy_mode: MANUAL`,
 * the only mode the spec knows), at most 30 (spec `PromotionStackBase.tiers`; DIGEST §5, §9).
 * Validated and redeemed alone as `{object: "promotion_stack", id}`.
 */
const seedPromotionStackSchema = z.strictObject({
  id: prefixedId('stack_'),
  name: z.string().min(1),
  campaign_id: prefixedId('camp_'),
  tiers: z.strictObject({
    ids: z
      .array(prefixedId('promo_'))
      .min(1, { error: 'a promotion stack needs at least one tier' })
      .max(30, { error: 'a promotion stack holds at most 30 tiers' }),
    hierarchy_mode: z.literal('MANUAL').default('MANUAL'),
  }),
  category_id: prefixedId('cat_').optional(),
  created_at: dateTime.optional(),
});

/** A promotion stack as the seed holds it. */
export type SeedPromotionStack = z.output<typeof seedPromotionStackSchema>;

/** Stacking rules overriding Voucherify's defaults. */
const seedStackingRulesSchema = z.strictObject({
  redeemables_limit: z.int().min(1).max(30).optional(),
  applicable_redeemables_limit: z.int().min(1).max(30).optional(),
  applicable_redeemables_per_category_limit: z.int().min(1).max(30).optional(),
  applicable_redeemables_category_limits: z.record(z.string(), z.int().min(1).max(30)).optional(),
  applicable_exclusive_redeemables_limit: z.int().min(1).max(5).optional(),
  applicable_exclusive_redeemables_per_category_limit: z.int().min(1).max(5).optional(),
  redeemables_application_mode: z.enum(['ALL', 'PARTIAL']).optional(),
  redeemables_sorting_rule: z.enum(['REQUESTED_ORDER', 'CATEGORY_HIERARCHY']).optional(),
  /** `ONCE`: one discount per product; a line an earlier redeemable discounted takes no other. */
  redeemables_products_application_mode: z.enum(['STACK', 'ONCE']).optional(),
  /** `SKIP`: a redeemable that takes nothing off is SKIPPED with `no_effect`. */
  redeemables_no_effect_rule: z.enum(['REDEEM_ANYWAY', 'SKIP']).optional(),
  /** Categories skipped when they have no effect, whatever `redeemables_no_effect_rule` says. */
  no_effect_skip_categories: z.array(prefixedId('cat_')).optional(),
  /** Categories applied even with no effect, whatever `redeemables_no_effect_rule` says. */
  no_effect_redeem_anyway_categories: z.array(prefixedId('cat_')).optional(),
  /** `WITHOUT_ORDER`: a rollback leaves the order as it was (a refund), not `CANCELED`. */
  redeemables_rollback_order_mode: z.enum(['WITH_ORDER', 'WITHOUT_ORDER']).optional(),
  /**
   * `INITIAL_AMOUNT`: percentages are of what the order and its lines cost before any discount,
   * not of what earlier discounts left (`DISCOUNTED_AMOUNT`, the default); echoed only when set.
   */
  discount_calculation_mode: z.enum(['DISCOUNTED_AMOUNT', 'INITIAL_AMOUNT']).optional(),
});

/**
 * The engine's seed file (`version: 1`): the project's `case_sensitive_codes` setting, stacking
 * rules, categories, products and collections, customers, validation rules and campaigns with their
 * codes or tiers. Ids are unique, codes unique under the project's matching, and references
 * resolve. Unknown keys are rejected, so a typo never goes unnoticed.
 */
export const seedSchema = z
  .strictObject({
    version: z.literal(1),
    /**
     * Voucherify's project setting: whether `C0dE-cfV` and `c0de-cfv` are two codes (`true`, the
     * default, as a code is then found only as created) or one (`false`, with full Unicode case
     * folding). Either way a code matches however its accents are encoded (NFC).
     */
    case_sensitive_codes: z.boolean().default(true),
    /**
     * The project's time zone (an IANA name, Voucherify's project `timezone` setting): days and
     * months of `redemption.count.*.daily` / `.monthly` rules, `validity_day_of_week` and
     * `validity_hours` are read in it. `UTC` when unset.
     */
    time_zone: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone name, such as Europe/Berlin' })
      .default('UTC'),
    stacking_rules: seedStackingRulesSchema.default({}),
    categories: z.array(seedCategorySchema).default([]),
    products: z.array(seedProductSchema).default([]),
    collections: z.array(seedCollectionSchema).default([]),
    customers: z.array(seedCustomerSchema).default([]),
    segments: z.array(seedSegmentSchema).default([]),
    validation_rules: z.array(seedValidationRuleSchema).default([]),
    campaigns: z.array(seedCampaignSchema).default([]),
    promotion_stacks: z.array(seedPromotionStackSchema).default([]),
  })
  .superRefine((seed, context) => {
    const seen = new Set<string>();
    const unique = (value: string, path: PropertyKey[], what: string) => {
      if (seen.has(`${what}:${value}`))
        context.addIssue({ code: 'custom', path, message: `duplicate ${what} ${value}` });
      seen.add(`${what}:${value}`);
    };
    const known = (ids: Set<string>, value: string, path: PropertyKey[], what: string) => {
      if (!ids.has(value)) context.addIssue({ code: 'custom', path, message: `unknown ${what} ${value}` });
    };
    seed.validation_rules.forEach((rule, index) => unique(rule.id, ['validation_rules', index, 'id'], 'id'));
    seed.categories.forEach((category, index) => unique(category.id, ['categories', index, 'id'], 'id'));
    seed.segments.forEach((segment, index) => unique(segment.id, ['segments', index, 'id'], 'id'));
    seed.customers.forEach((customer, index) => {
      unique(customer.id, ['customers', index, 'id'], 'id');
      unique(customer.source_id, ['customers', index, 'source_id'], 'source_id');
    });
    const ruleIds = new Set(seed.validation_rules.map((rule) => rule.id));
    const holderRuleIds = new Set(
      seed.validation_rules
        .filter(
          (rule) =>
            'conditions' in rule && rule.conditions.some((condition) => condition.type === 'code_holder'),
        )
        .map((rule) => rule.id),
    );
    const noHolderRule = (ruleId: string, path: PropertyKey[]) => {
      if (holderRuleIds.has(ruleId))
        context.addIssue({
          code: 'custom',
          path,
          message: `a promotion tier has no holder, so it cannot use the code_holder rule ${ruleId}`,
        });
    };
    const categoryIds = new Set(seed.categories.map((category) => category.id));
    const customerIds = new Set(seed.customers.map((customer) => customer.source_id));
    const productIds = new Set(seed.products.map((product) => product.id));
    seed.campaigns.forEach((campaign, c) => {
      unique(campaign.id, ['campaigns', c, 'id'], 'id');
      campaign.validation_rules.forEach((ruleId, r) =>
        known(ruleIds, ruleId, ['campaigns', c, 'validation_rules', r], 'validation rule'),
      );
      campaign.categories.forEach((categoryId, r) =>
        known(categoryIds, categoryId, ['campaigns', c, 'categories', r], 'category'),
      );
      if (campaign.type === 'PROMOTION') {
        campaign.validation_rules.forEach((ruleId, r) =>
          noHolderRule(ruleId, ['campaigns', c, 'validation_rules', r]),
        );
        campaign.tiers.forEach((tier, t) => {
          unique(tier.id, ['campaigns', c, 'tiers', t, 'id'], 'id');
          tier.validation_rules.forEach((ruleId, r) => {
            const path = ['campaigns', c, 'tiers', t, 'validation_rules', r];
            known(ruleIds, ruleId, path, 'validation rule');
            noHolderRule(ruleId, path);
          });
          (tier.categories ?? []).forEach((categoryId, r) =>
            known(categoryIds, categoryId, ['campaigns', c, 'tiers', t, 'categories', r], 'category'),
          );
        });
        return;
      }
      const campaignType = (id: string) => seed.campaigns.find((other) => other.id === id)?.type;
      if (campaign.type === 'LOYALTY_PROGRAM') {
        campaign.rewards.forEach((reward, r) => {
          unique(reward.id, ['campaigns', c, 'rewards', r, 'id'], 'id');
          if (reward.product !== undefined)
            known(productIds, reward.product.id, ['campaigns', c, 'rewards', r, 'product', 'id'], 'product');
          if (reward.campaign !== undefined && campaignType(reward.campaign.id) !== 'DISCOUNT_COUPONS')
            context.addIssue({
              code: 'custom',
              path: ['campaigns', c, 'rewards', r, 'campaign', 'id'],
              message: `${reward.campaign.id} is not a DISCOUNT_COUPONS campaign of the seed`,
            });
        });
      }
      if (campaign.type === 'REFERRAL_PROGRAM' && campaign.referrer_reward?.campaign !== undefined) {
        const { points, campaign: target } = campaign.referrer_reward;
        const path = ['campaigns', c, 'referrer_reward', 'campaign', 'id'];
        const type = campaignType(target.id);
        if (type === 'LOYALTY_PROGRAM' && points === undefined)
          context.addIssue({ code: 'custom', path, message: 'points on a loyalty card need points' });
        else if (type === 'DISCOUNT_COUPONS' && points !== undefined)
          context.addIssue({ code: 'custom', path, message: 'a coupon campaign gives a coupon, not points' });
        else if (type !== 'LOYALTY_PROGRAM' && type !== 'DISCOUNT_COUPONS')
          context.addIssue({
            code: 'custom',
            path,
            message: `${target.id} is not a LOYALTY_PROGRAM or DISCOUNT_COUPONS campaign of the seed`,
          });
      }
      campaign.vouchers.forEach((voucher, v) => {
        unique(voucher.id, ['campaigns', c, 'vouchers', v, 'id'], 'id');
        if (voucher.holder !== undefined) {
          known(customerIds, voucher.holder, ['campaigns', c, 'vouchers', v, 'holder'], 'customer');
        }
      });
    });
    const tiersOf = new Map(
      seed.campaigns.flatMap((campaign) =>
        campaign.type === 'PROMOTION'
          ? [[campaign.id, new Set(campaign.tiers.map((tier) => tier.id))] as const]
          : [],
      ),
    );
    seed.promotion_stacks.forEach((stack, s) => {
      unique(stack.id, ['promotion_stacks', s, 'id'], 'id');
      const tiers = tiersOf.get(stack.campaign_id);
      if (tiers === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['promotion_stacks', s, 'campaign_id'],
          message: `unknown PROMOTION campaign ${stack.campaign_id}`,
        });
      }
      const listed = new Set<string>();
      stack.tiers.ids.forEach((tierId, t) => {
        const path = ['promotion_stacks', s, 'tiers', 'ids', t];
        if (listed.has(tierId))
          context.addIssue({ code: 'custom', path, message: `tier ${tierId} listed twice` });
        listed.add(tierId);
        if (tiers !== undefined && !tiers.has(tierId)) {
          context.addIssue({
            code: 'custom',
            path,
            message: `${tierId} is not a tier of campaign ${stack.campaign_id}`,
          });
        }
      });
      if (stack.category_id !== undefined) {
        known(categoryIds, stack.category_id, ['promotion_stacks', s, 'category_id'], 'category');
      }
    });
    for (const { path, message } of codeClashes(seed, seed.case_sensitive_codes)) {
      context.addIssue({ code: 'custom', path, message });
    }
  });

/** A seed as written in JSON (defaults not yet applied). */
export type SeedInput = z.input<typeof seedSchema>;

/** A checked seed with defaults applied. */
export type Seed = z.output<typeof seedSchema>;
