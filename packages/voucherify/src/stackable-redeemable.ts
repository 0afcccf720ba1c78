import { z } from 'zod';

/**
 * A code in a stackable request: a coupon or referral code, or a gift card with `gift.credits`
 * (minor units, at most the balance), or a loyalty card paying with `reward` points. `id` is the code
 * or the `v_…` voucher id.
 */
export const stackableVoucherSchema = z.object({
  object: z.literal('voucher'),
  id: z.string().min(1),
  gift: z.object({ credits: z.int().nonnegative().nullish() }).nullish(),
  reward: z.object({ id: z.string().nullish(), points: z.int().nonnegative().nullish() }).nullish(),
});

/** A promotion tier (`promo_…`): never applied unless sent. */
export const stackablePromotionTierSchema = z.object({
  object: z.literal('promotion_tier'),
  id: z.string().min(1),
});

/** A promotion stack (`stack_…`): allowed only alone. */
export const stackablePromotionStackSchema = z.object({
  object: z.literal('promotion_stack'),
  id: z.string().min(1),
});

/** One element of `redeemables[]` in stackable validate and redeem requests. */
export const stackableRedeemableSchema = z.discriminatedUnion('object', [
  stackableVoucherSchema,
  stackablePromotionTierSchema,
  stackablePromotionStackSchema,
]);

/** One element of `redeemables[]` in a stackable request. */
export type StackableRedeemable = z.infer<typeof stackableRedeemableSchema>;
