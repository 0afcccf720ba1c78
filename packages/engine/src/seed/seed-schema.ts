import { metadataSchema } from '@promokit/voucherify';
import { z } from 'zod';

/** An id with a Voucherify-style prefix, such as `camp_kdxp3vf1clQ9`. */
function prefixedId(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}[A-Za-z0-9]+$`), { error: `must look like ${prefix}<letters and digits>` });
}

const dateTime = z.iso.datetime({ offset: true });

/** `AMOUNT` discount on the whole order: `amount_off` minor units, never more than the order. */
export const seedAmountDiscountSchema = z.strictObject({
  type: z.literal('AMOUNT'),
  amount_off: z.int().positive(),
  effect: z.literal('APPLY_TO_ORDER').default('APPLY_TO_ORDER'),
});

/**
 * `PERCENT` discount on the whole order: `percent_off` (up to 4 decimals), capped at
 * `amount_limit` minor units when given.
 */
export const seedPercentDiscountSchema = z.strictObject({
  type: z.literal('PERCENT'),
  percent_off: z.number().positive().max(100),
  amount_limit: z.int().positive().optional(),
  effect: z.literal('APPLY_TO_ORDER').default('APPLY_TO_ORDER'),
});

/** The discounts the engine can apply. Item-level effects, `FIXED` and `UNIT` come later. */
export const seedDiscountSchema = z.discriminatedUnion('type', [
  seedAmountDiscountSchema,
  seedPercentDiscountSchema,
]);

/** A discount the engine can apply. */
export type EngineDiscount = z.infer<typeof seedDiscountSchema>;

/** Condition: the order amount before discounts is at least `amount` minor units. */
export const seedMinOrderAmountConditionSchema = z.strictObject({
  type: z.literal('min_order_amount'),
  amount: z.int().positive(),
});

/** One condition of a validation rule, told apart by `type`. */
export const seedRuleConditionSchema = z.discriminatedUnion('type', [seedMinOrderAmountConditionSchema]);

/** One condition of a validation rule. */
export type RuleCondition = z.infer<typeof seedRuleConditionSchema>;

/** A validation rule (`val_…`): every condition must hold. Campaigns refer to rules by id. */
export const seedValidationRuleSchema = z.strictObject({
  id: prefixedId('val_'),
  name: z.string().min(1),
  conditions: z.array(seedRuleConditionSchema).min(1),
});

/** A validation rule. */
export type ValidationRule = z.infer<typeof seedValidationRuleSchema>;

/**
 * A code (`v_…` id). Dates override the campaign's; `quantity` caps uses (unlimited when absent)
 * and `redeemed_quantity` counts uses already made.
 */
export const seedVoucherSchema = z.strictObject({
  id: prefixedId('v_'),
  code: z.string().regex(/^\S+$/, { error: 'must be a non-empty code without spaces' }),
  discount: seedDiscountSchema,
  active: z.boolean().default(true),
  start_date: dateTime.optional(),
  expiration_date: dateTime.optional(),
  quantity: z.int().positive().optional(),
  redeemed_quantity: z.int().nonnegative().default(0),
  metadata: metadataSchema.default({}),
});

/** A `DISCOUNT_COUPONS` campaign and its codes. */
export const seedDiscountCouponsCampaignSchema = z.strictObject({
  id: prefixedId('camp_'),
  name: z.string().min(1),
  type: z.literal('DISCOUNT_COUPONS'),
  start_date: dateTime.optional(),
  expiration_date: dateTime.optional(),
  validation_rules: z.array(prefixedId('val_')).default([]),
  vouchers: z.array(seedVoucherSchema).min(1),
});

/**
 * A campaign, told apart by `type`. Only `DISCOUNT_COUPONS` exists so far; `PROMOTION`,
 * `GIFT_VOUCHERS`, `LOYALTY_PROGRAM` and `REFERRAL_PROGRAM` join this union.
 */
export const seedCampaignSchema = z.discriminatedUnion('type', [seedDiscountCouponsCampaignSchema]);

/**
 * The engine's seed file (`version: 1`): validation rules and campaigns with their codes. Ids and
 * codes are unique, and campaigns refer only to rules the seed defines. Unknown keys are rejected,
 * so a typo never goes unnoticed; categories and customers will be added as new top-level keys.
 */
export const seedSchema = z
  .strictObject({
    version: z.literal(1),
    validation_rules: z.array(seedValidationRuleSchema).default([]),
    campaigns: z.array(seedCampaignSchema).default([]),
  })
  .superRefine((seed, context) => {
    const ruleIds = new Set<string>();
    seed.validation_rules.forEach((rule, index) => {
      if (ruleIds.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['validation_rules', index, 'id'],
          message: `duplicate id ${rule.id}`,
        });
      }
      ruleIds.add(rule.id);
    });
    const seen = new Set<string>();
    const unique = (value: string, path: PropertyKey[], what: string) => {
      if (seen.has(`${what}:${value}`))
        context.addIssue({ code: 'custom', path, message: `duplicate ${what} ${value}` });
      seen.add(`${what}:${value}`);
    };
    seed.campaigns.forEach((campaign, c) => {
      unique(campaign.id, ['campaigns', c, 'id'], 'id');
      campaign.validation_rules.forEach((ruleId, r) => {
        if (!ruleIds.has(ruleId)) {
          context.addIssue({
            code: 'custom',
            path: ['campaigns', c, 'validation_rules', r],
            message: `unknown validation rule ${ruleId}`,
          });
        }
      });
      campaign.vouchers.forEach((voucher, v) => {
        unique(voucher.id, ['campaigns', c, 'vouchers', v, 'id'], 'id');
        unique(voucher.code, ['campaigns', c, 'vouchers', v, 'code'], 'code');
      });
    });
  });

/** A seed as written in JSON (defaults not yet applied). */
export type SeedInput = z.input<typeof seedSchema>;

/** A checked seed with defaults applied. */
export type Seed = z.output<typeof seedSchema>;
