import { z } from 'zod';

import { cartSchema } from './cart.js';
import { effectSchema } from './effect.js';

/** Where in the journey the shopper is; decides which offers are worth showing. */
export const stageSchema = z.enum(['listing', 'product', 'cart', 'checkout']);

/** A journey stage. */
export type Stage = z.infer<typeof stageSchema>;

/** Body of `POST /qualifications`: the stage, the cart, and the products on screen. */
export const qualificationsRequestSchema = z.object({
  stage: stageSchema,
  cart: cartSchema,
  /** Products shown on the page (listing, product page), to find offers on them. */
  productIds: z.array(z.string().min(1).max(128)).max(100).optional(),
});

/** Body of `POST /qualifications`. */
export type QualificationsRequest = z.input<typeof qualificationsRequestSchema>;

/** An offer the shopper can get now, or is close to. */
export const offerSchema = z.object({
  /** Stable id: the code for a voucher, `promo_…` for an automatic promotion. */
  id: z.string(),
  /** The code to type, for coupons; absent for automatic promotions. */
  code: z.string().optional(),
  label: z.string(),
  effect: effectSchema,
  /** Whether it applies to the current cart as it is. */
  qualifies: z.boolean(),
  /** What it would take off the current cart, in minor units (0 when it does not qualify yet). */
  discount: z.number().int().nonnegative(),
  /** Cart amount still missing to qualify, in minor units. */
  missingAmount: z.number().int().positive().optional(),
  /** Items still missing to complete a bundle. */
  missingItems: z
    .array(z.object({ productId: z.string(), quantity: z.number().int().positive() }))
    .optional(),
  /** Products the offer targets, for badges on listing and product pages. */
  productIds: z.array(z.string()).optional(),
  /** ISO date after which the offer ends. */
  expiresAt: z.string().optional(),
});

/** An offer. */
export type Offer = z.infer<typeof offerSchema>;

/** Response of `POST /qualifications`: offers that qualify, and near misses with what is missing. */
export const qualificationsResponseSchema = z.object({
  stage: stageSchema,
  offers: z.array(offerSchema),
});

/** Response of `POST /qualifications`. */
export type QualificationsResponse = z.infer<typeof qualificationsResponseSchema>;
