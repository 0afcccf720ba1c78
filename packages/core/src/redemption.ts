import { z } from 'zod';

import { appliedPromotionSchema, appliedSchema } from './applied.js';
import { boughtRewardSchema } from './bought-reward.js';
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
 * Response of `POST /redeem`, by `status`:
 *
 * - `redeemed`: what applies is booked for the order (a retry answers the same); a code that no
 *   longer applies (it expired, the cart changed, promotions are unavailable) is listed in
 *   `rejected` with its reason and the order goes on without it, at `totals`.
 * - `rejected`: nothing was booked, and `rejected` says why: the request's `expectedDue` is not
 *   what the order now costs, or promotions were unavailable before anything was sent
 *   (`promotions_unavailable`). `totals` is what the order costs now, to show before the shopper
 *   places the order again, under the same order id.
 * - `unknown`: the BFF cannot tell whether upstream booked the redemption (it timed out, the
 *   connection dropped after the request was sent, upstream failed after receiving it). Nothing is
 *   confirmed, so charge nothing yet. The order id stays claimed: send the same request,
 *   with the same order id, again after `retryAfter` seconds; the BFF first finds out what upstream
 *   booked for the order, so a retry never books a second redemption. `totals` are the ones the
 *   shopper was shown, which the order is charged if the redemption was booked.
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
    /**
     * Loyalty rewards the order bought with card points: the free products added, and the coupons
     * now the shopper's. Absent when none, and when the answer was recovered after an unknown outcome.
     */
    rewards: z.array(boughtRewardSchema).optional(),
  }),
  z.object({
    status: z.literal('rejected'),
    orderId: z.string(),
    rejected: z.array(rejectionSchema),
    totals: totalsSchema,
  }),
  z.object({
    status: z.literal('unknown'),
    orderId: z.string(),
    /**
     * The totals the shopper was shown, in minor units: what the order is charged if upstream
     * booked the redemption. Not a confirmation.
     */
    totals: totalsSchema,
    /** Seconds to wait before sending the same request again. */
    retryAfter: z.number().int().positive(),
  }),
]);

/**
 * Every `status` of a {@link redeemResponseSchema} answer: `redeemed` and `rejected` are settled
 * (a retry answers the same, or books anew after a rejection); `unknown` is retryable with the
 * same order id.
 */
export const REDEEM_STATUSES = redeemResponseSchema.options.map(
  (option) => option.shape.status.value,
) as readonly RedeemStatus[];

/** Response of `POST /redeem`. */
export type RedeemResponse = z.infer<typeof redeemResponseSchema>;

/** One of {@link REDEEM_STATUSES}. */
export type RedeemStatus = RedeemResponse['status'];

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
