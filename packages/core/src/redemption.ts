import { z } from 'zod';

import { appliedPromotionSchema, appliedSchema } from './applied.js';
import { cartSchema } from './cart.js';
import { rejectionSchema } from './reasons.js';
import { totalsSchema } from './totals.js';
import { MAX_CODES } from './limits.js';
import { codeEntrySchema } from './validation.js';

/** The storefront's order id; redeem is idempotent per order id. */
export const orderIdSchema = z.string().min(1).max(128);

/** Body of `POST /redeem`: redeem the codes of a cart for an order, once. */
export const redeemRequestSchema = z.object({
  orderId: orderIdSchema,
  cart: cartSchema,
  codes: z.array(codeEntrySchema).max(MAX_CODES),
  /**
   * What the shopper was shown to pay (`totals.due` on screen), in minor units. When given and the
   * order would now cost anything else (a code expired since), nothing is booked: the answer is
   * `rejected` with the new totals, to show before the shopper places the order again.
   */
  expectedDue: z.number().int().nonnegative().optional(),
});

/** Body of `POST /redeem`. */
export type RedeemRequest = z.input<typeof redeemRequestSchema>;

/**
 * Response of `POST /redeem`.
 *
 * - `redeemed`: what applies is booked for the order (a retry answers the same); a code that no
 *   longer applies (it expired, the cart changed, promotions are unavailable) is listed in
 *   `rejected` with its reason and the order goes on without it, at `totals`.
 * - `rejected`: the request's `expectedDue` is not what the order now costs; nothing was booked.
 *   `rejected` says which codes changed and `totals` what the order costs now.
 */
export const redeemResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('redeemed'),
    orderId: z.string(),
    applied: z.array(appliedSchema),
    promotions: z.array(appliedPromotionSchema),
    /** Codes sent that no longer apply, each with its own reason; nothing was booked for them. */
    rejected: z.array(rejectionSchema),
    totals: totalsSchema,
    /** Loyalty points the order earns, when the shopper is a loyalty member. */
    pointsEarned: z.number().int().nonnegative().optional(),
    /**
     * The amount `pointsEarned` was earned on, in minor units: what the order cost after every
     * discount and card payment (`totals.due`), the order total that order earning rules count.
     */
    pointsEarnedOn: z.number().int().nonnegative().optional(),
  }),
  z.object({
    status: z.literal('rejected'),
    orderId: z.string(),
    rejected: z.array(rejectionSchema),
    totals: totalsSchema,
  }),
]);

/** Response of `POST /redeem`. */
export type RedeemResponse = z.infer<typeof redeemResponseSchema>;

/** Body of `POST /rollback`: undo an order's redemption, e.g. when payment fails. */
export const rollbackRequestSchema = z.object({
  orderId: orderIdSchema,
  reason: z.string().max(200).optional(),
});

/** Body of `POST /rollback`. */
export type RollbackRequest = z.input<typeof rollbackRequestSchema>;

/** Response of `POST /rollback`; rolling back twice answers `rolled_back` again. */
export const rollbackResponseSchema = z.object({
  orderId: z.string(),
  status: z.literal('rolled_back'),
});

/** Response of `POST /rollback`. */
export type RollbackResponse = z.infer<typeof rollbackResponseSchema>;
