import { z } from 'zod';

import { applicableToListSchema } from './applicable-to-list.js';
import { categorySchema } from './category.js';
import { discountSchema } from './discount.js';
import { errorBodySchema } from './error-body.js';
import { metadataSchema } from './metadata.js';
import { orderCalculatedSchema } from './order-calculated.js';
import { promoKitResultExtensionSchema } from './promokit-extension.js';

/** Kind of redeemable a validation result is about. */
export const redeemableObjectSchema = z.enum(['voucher', 'promotion_tier']);

/** Bundle progress of a redeemable (`result.bundle`): `quantity` is 0 while products are missing. */
export const bundleSchema = z.looseObject({
  quantity: z.int().nullish(),
  limit: z.int().nullish(),
  identified: z.array(z.looseObject({})).nullish(),
  missing: z.array(z.looseObject({})).nullish(),
});

/** Fields every validation result shares, whatever its status. */
const redeemableBase = {
  id: z.string(),
  object: redeemableObjectSchema,
  metadata: metadataSchema.nullish(),
  categories: z.array(categorySchema).nullish(),
  campaign_name: z.string().nullish(),
  campaign_id: z.string().nullish(),
  name: z.string().nullish(),
};

/**
 * An APPLICABLE redeemable. `result` holds the `discount` (coupon, promotion tier), `gift` (gift
 * card) or `loyalty_card` (pay with points); `order` is the order after this and the preceding
 * redeemables (requested with `options.expand: ["order"]`).
 */
export const validationsRedeemableApplicableSchema = z.looseObject({
  ...redeemableBase,
  status: z.literal('APPLICABLE'),
  order: orderCalculatedSchema.nullish(),
  applicable_to: applicableToListSchema.nullish(),
  inapplicable_to: applicableToListSchema.nullish(),
  result: z.looseObject({
    discount: discountSchema.nullish(),
    bundle: bundleSchema.nullish(),
    gift: z.looseObject({ balance: z.int().nullish(), credits: z.int().nullish() }).nullish(),
    loyalty_card: z.looseObject({ points: z.int().nullish() }).nullish(),
  }),
});

/**
 * An INAPPLICABLE redeemable: `result.error` says why (for example `not_found` with code 404 for an
 * unknown code, inside an HTTP 200). `result.promokit` is a PromoKit engine extension.
 */
export const validationsRedeemableInapplicableSchema = z.looseObject({
  ...redeemableBase,
  status: z.literal('INAPPLICABLE'),
  result: z.looseObject({
    error: errorBodySchema.nullish(),
    details: z.looseObject({ message: z.string().nullish(), key: z.string().nullish() }).nullish(),
    bundle: bundleSchema.nullish(),
    promokit: promoKitResultExtensionSchema.nullish(),
  }),
});

/** Why a redeemable was SKIPPED (`result.details.key`). */
export const skippedRedeemableKeySchema = z.enum([
  'applicable_redeemables_limit_exceeded',
  'applicable_redeemables_per_category_limit_exceeded',
  'applicable_exclusive_redeemables_limit_exceeded',
  'applicable_exclusive_redeemables_per_category_limit_exceeded',
  'exclusion_rules_not_met',
  'preceding_validation_failed',
  'no_effect',
]);

/** Why a redeemable was SKIPPED. */
export type SkippedRedeemableKey = z.infer<typeof skippedRedeemableKeySchema>;

/**
 * A SKIPPED redeemable: valid on its own but not applied because of stacking rules or, in `ALL`
 * mode, an earlier INAPPLICABLE one. `result` may be empty.
 */
export const validationsRedeemableSkippedSchema = z.looseObject({
  ...redeemableBase,
  status: z.literal('SKIPPED'),
  result: z.looseObject({
    details: z.looseObject({ key: skippedRedeemableKeySchema, message: z.string().nullish() }).nullish(),
  }),
});

/** One validation result, told apart by `status`. */
export const validationsRedeemableSchema = z.discriminatedUnion('status', [
  validationsRedeemableApplicableSchema,
  validationsRedeemableInapplicableSchema,
  validationsRedeemableSkippedSchema,
]);

/** An APPLICABLE validation result. */
export type ValidationsRedeemableApplicable = z.infer<typeof validationsRedeemableApplicableSchema>;
/** An INAPPLICABLE validation result. */
export type ValidationsRedeemableInapplicable = z.infer<typeof validationsRedeemableInapplicableSchema>;
/** A SKIPPED validation result. */
export type ValidationsRedeemableSkipped = z.infer<typeof validationsRedeemableSkippedSchema>;
/** Any validation result. */
export type ValidationsRedeemable = z.infer<typeof validationsRedeemableSchema>;
