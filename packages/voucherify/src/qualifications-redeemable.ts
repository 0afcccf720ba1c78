import { z } from 'zod';

import { applicableToListSchema } from './applicable-to-list.js';
import { categorySchema } from './category.js';
import { discountSchema } from './discount.js';
import { errorBodySchema } from './error-body.js';
import { metadataSchema } from './metadata.js';
import { orderCalculatedSchema } from './order-calculated.js';
import { promoKitResultExtensionSchema } from './promokit-extension.js';
import { bundleSchema } from './validations-redeemable.js';

/** Kind of redeemable a qualification lists. */
export const qualificationsRedeemableObjectSchema = z.enum([
  'campaign',
  'promotion_tier',
  'promotion_stack',
  'voucher',
]);

/**
 * A loyalty card's state in results: `balance = points - expired - subtracted - redeemed`; in a
 * validation `points` is what the request pays with.
 */
export const loyaltyCardResultSchema = z.looseObject({
  points: z.int().nullish(),
  balance: z.int().nullish(),
  exchange_ratio: z.number().nullish(),
  points_ratio: z.number().nullish(),
});

/** A gift card's state in results, in minor units; `locked_credits` only under a `LOCK` session. */
export const giftResultSchema = z.looseObject({
  balance: z.int().nullish(),
  credits: z.int().nullish(),
  locked_credits: z.int().nullish(),
});

/**
 * The fields of one qualified redeemable (Voucherify `QualificationsRedeemableBase`); see
 * {@link qualificationsRedeemableSchema}.
 */
export const qualificationsRedeemableBaseSchema = z.looseObject({
  id: z.string(),
  object: qualificationsRedeemableObjectSchema,
  created_at: z.string().nullish(),
  result: z
    .looseObject({
      discount: discountSchema.nullish(),
      bundle: bundleSchema.nullish(),
      gift: giftResultSchema.nullish(),
      loyalty_card: loyaltyCardResultSchema.nullish(),
      error: errorBodySchema.nullish(),
      promokit: promoKitResultExtensionSchema.nullish(),
    })
    .nullish(),
  order: orderCalculatedSchema.nullish(),
  validation_rule_id: z.string().nullish(),
  applicable_to: applicableToListSchema.nullish(),
  inapplicable_to: applicableToListSchema.nullish(),
  metadata: metadataSchema.nullish(),
  categories: z.array(categorySchema).nullish(),
  banner: z.string().nullish(),
  name: z.string().nullish(),
  campaign_name: z.string().nullish(),
  campaign_id: z.string().nullish(),
  validation_rules_assignments: z.looseObject({}).nullish(),
});

/**
 * One redeemable a qualification found (Voucherify `QualificationsRedeemable`): a code (`id` is the
 * code), a promotion tier (`promo_…`), a campaign or a promotion stack (`stack_…`), whose tiers
 * are its `redeemables[]`. `created_at` is the paging cursor; `order` is the order with this
 * redeemable alone applied (a stack's tiers all applied). `result.promokit` is a PromoKit engine
 * extension (see {@link promoKitResultExtensionSchema}), never sent by Voucherify. Unknown fields
 * are kept.
 */
export const qualificationsRedeemableSchema = qualificationsRedeemableBaseSchema.extend({
  redeemables: z.array(qualificationsRedeemableBaseSchema).nullish(),
});

/** The fields of one qualified redeemable, a promotion stack's tiers included. */
export type QualificationsRedeemableBase = z.infer<typeof qualificationsRedeemableBaseSchema>;
/** One redeemable a qualification found. */
export type QualificationsRedeemable = z.infer<typeof qualificationsRedeemableSchema>;
