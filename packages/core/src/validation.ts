import { z } from 'zod';

import { appliedPromotionSchema, appliedSchema } from './applied.js';
import { cartSchema } from './cart.js';
import { MAX_CODES } from './limits.js';
import { rejectionSchema } from './reasons.js';
import { totalsSchema } from './totals.js';

/** A code as a shopper types it; surrounding spaces are dropped and letters upper-cased. */
export const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .transform((value) => value.toUpperCase());

/**
 * A code to apply: the code alone, or with how much of it to use: `amount` in minor units of gift
 * card credit, or `points` of a loyalty card (pay with points).
 */
export const codeEntrySchema = z.union([
  codeSchema,
  z.object({
    code: codeSchema,
    amount: z.number().int().positive().optional(),
    points: z.number().int().positive().optional(),
  }),
]);

/** A code to apply, alone or with the amount or points to use. */
export type CodeEntry = z.input<typeof codeEntrySchema>;

/** Body of `POST /validate`: the cart and the codes to apply to it, in order. */
export const validateRequestSchema = z.object({
  cart: cartSchema,
  codes: z.array(codeEntrySchema).max(MAX_CODES),
});

/** Body of `POST /validate`. */
export type ValidateRequest = z.input<typeof validateRequestSchema>;

/**
 * Response of `POST /validate`: the codes that apply, the promotions applied automatically, the
 * codes that do not apply and why, and the totals.
 */
export const validateResponseSchema = z.object({
  applied: z.array(appliedSchema),
  promotions: z.array(appliedPromotionSchema),
  rejected: z.array(rejectionSchema),
  totals: totalsSchema,
});

/** Response of `POST /validate`. */
export type ValidateResponse = z.infer<typeof validateResponseSchema>;
