import { z } from 'zod';

import { effectSchema } from './effect.js';

/** The kind of code a shopper can type into the one code input. */
export const codeKindSchema = z.enum(['coupon', 'gift_card', 'loyalty_card', 'referral']);

/** The kind of code. */
export type CodeKind = z.infer<typeof codeKindSchema>;

/** A code the shopper added that applies to the cart, with what it takes off. Removable. */
export const appliedSchema = z.object({
  code: z.string(),
  kind: codeKindSchema,
  /** Campaign name when the upstream shares it. */
  label: z.string().optional(),
  effect: effectSchema,
  /**
   * What this code takes off the price, in minor units of the totals' currency; 0 for a gift card
   * or loyalty card, which pays instead.
   */
  discount: z.number().int().nonnegative(),
  /** What a gift card or loyalty card pays of the order, in minor units; absent for a discount. */
  paid: z.number().int().nonnegative().optional(),
});

/** A code that applies to the cart. */
export type Applied = z.infer<typeof appliedSchema>;

/** A promotion applied automatically because the cart qualifies (no code). Not removable. */
export const appliedPromotionSchema = z.object({
  /** Upstream promotion tier id, e.g. `promo_…`. */
  id: z.string(),
  label: z.string(),
  effect: effectSchema,
  discount: z.number().int().nonnegative(),
});

/** A promotion applied automatically. */
export type AppliedPromotion = z.infer<typeof appliedPromotionSchema>;
