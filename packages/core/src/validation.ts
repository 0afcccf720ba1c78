import { z } from 'zod';

import { appliedPromotionSchema, appliedSchema } from './applied.js';
import { cartSchema } from './cart.js';
import { MAX_CODES } from './limits.js';
import { normalizeCode } from './normalize-code.js';
import { rejectionSchema } from './reasons.js';
import { totalsSchema } from './totals.js';

/**
 * A code as a shopper typed it, 1 to 64 UTF-16 code units once surrounding white space is dropped
 * and the text is in NFC ({@link normalizeCode}). Its letters keep their case: whether case matters
 * is the project's choice, applied where codes are compared (`CodeMatching`).
 */
export const codeSchema = z.string().transform(normalizeCode).pipe(z.string().min(1).max(64));

/**
 * A code to apply: the code alone, or with how much of it to use: `amount` in minor units of gift
 * card credit, or `points` of a loyalty card (pay with points); or a loyalty card with the
 * `reward` (an id from its wallet entry's `rewards`) its points buy instead: a free product added
 * to the cart, or a coupon published to the shopper when the order is redeemed. `points` and
 * `reward` exclude each other.
 */
export const codeEntrySchema = z.union([
  codeSchema,
  z
    .object({
      code: codeSchema,
      amount: z.number().int().positive().optional(),
      points: z.number().int().positive().optional(),
      reward: z.string().min(1).max(64).optional(),
    })
    .refine((entry) => entry.points === undefined || entry.reward === undefined, {
      error: 'a loyalty card pays with points or buys a reward, not both',
      path: ['reward'],
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
  /**
   * Automatic promotions the cart qualifies for that the stacking rules left out of this answer
   * (DIGEST §5, SKIPPED keys), by `id`: `too_many_codes` when the order's limit of discounts was
   * reached (`limit` when upstream says it), `not_combinable` when an exclusive discount keeps them
   * out. Absent or empty: none. How a client tells why a new code pushed a promotion out.
   */
  leftOut: z
    .array(
      z.object({
        id: z.string(),
        reason: z.enum(['not_combinable', 'too_many_codes']),
        limit: z.number().optional(),
      }),
    )
    .optional(),
});

/** Response of `POST /validate`. */
export type ValidateResponse = z.infer<typeof validateResponseSchema>;
