import { z } from 'zod';

import { cartSchema } from './cart.js';
import { rejectionSchema } from './reasons.js';

/** Most codes one cart may carry at once (Voucherify stacks up to 30 redeemables). */
export const MAX_CODES = 30;

/** A code as a shopper types it; surrounding spaces are dropped and letters upper-cased. */
export const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .transform((value) => value.toUpperCase());

/** Body of `POST /validate`: the cart and the codes to apply to it, in order. */
export const validateRequestSchema = z.object({
  cart: cartSchema,
  codes: z.array(codeSchema).max(MAX_CODES),
});

/** Body of `POST /validate`. */
export type ValidateRequest = z.input<typeof validateRequestSchema>;

/** What an applied discount does, for display. */
export const effectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('percent_off'), percentOff: z.number(), cap: z.number().int().optional() }),
  z.object({ type: z.literal('amount_off'), amountOff: z.number().int() }),
  z.object({ type: z.literal('fixed_price'), price: z.number().int() }),
  z.object({ type: z.literal('free_shipping') }),
  z.object({ type: z.literal('free_items'), quantity: z.number().int() }),
  z.object({ type: z.literal('gift_card'), balance: z.number().int() }),
  z.object({ type: z.literal('loyalty_points'), points: z.number().int() }),
]);

/** What an applied discount does. */
export type Effect = z.infer<typeof effectSchema>;

/** A code or promotion that applies to the cart, with what it takes off. */
export const appliedSchema = z.object({
  code: z.string(),
  /** Campaign name when the upstream shares it. */
  label: z.string().optional(),
  effect: effectSchema,
  /** Amount this redeemable takes off, in minor units. */
  discount: z.number().int().nonnegative(),
});

/** A code or promotion that applies to the cart. */
export type Applied = z.infer<typeof appliedSchema>;

/** Cart totals, in minor units of `currency`. */
export const totalsSchema = z.object({
  currency: z.string().length(3),
  subtotal: z.number().int().nonnegative(),
  discount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** Cart totals. */
export type Totals = z.infer<typeof totalsSchema>;

/** Response of `POST /validate`: what applied, what did not and why, and the totals. */
export const validateResponseSchema = z.object({
  applied: z.array(appliedSchema),
  rejected: z.array(rejectionSchema),
  totals: totalsSchema,
});

/** Response of `POST /validate`. */
export type ValidateResponse = z.infer<typeof validateResponseSchema>;
