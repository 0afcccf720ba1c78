import { z } from 'zod';

const code = z.string();

/**
 * Why a code did not apply: a closed set, each with the data its recovery action needs.
 * A rejected code is a successful response, not an error. `too_many_codes`: the code is fine and
 * combines with the others, but the order already has as many discounts as the project's stacking
 * rules let apply together (Voucherify's SKIPPED `applicable_redeemables_limit_exceeded` and
 * `applicable_redeemables_per_category_limit_exceeded`, DIGEST §5).
 */
export const rejectionSchema = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('not_found'), code }),
  /**
   * The code is one the cart holds already, under another spelling the project takes for the same
   * code (`welcome10` beside `WELCOME10` where `case_sensitive_codes` is `false`): it is not added
   * twice, and what the held spelling gets stands. Voucherify rejects a request naming one code twice.
   */
  z.object({ reason: z.literal('already_applied'), code }),
  z.object({ reason: z.literal('expired'), code }),
  z.object({ reason: z.literal('not_active_yet'), code }),
  z.object({ reason: z.literal('inactive'), code }),
  z.object({ reason: z.literal('usage_limit_reached'), code }),
  z.object({ reason: z.literal('customer_not_eligible'), code }),
  z.object({
    reason: z.literal('cart_below_minimum'),
    code,
    /** Amount still missing, in minor units of the cart currency. */
    missingAmount: z.number().int().positive(),
  }),
  z.object({
    reason: z.literal('missing_items'),
    code,
    items: z.array(z.object({ productId: z.string(), quantity: z.number().int().positive() })),
  }),
  z.object({
    reason: z.literal('not_combinable'),
    code,
    /** The codes it clashes with, as the cart holds them: removing them lets it apply. */
    conflictsWith: z.array(z.string()),
    /**
     * Labels of automatic promotions it would push out of the order. A promotion cannot be removed,
     * so these are named, never offered for removal. `@promokit/react`'s `usePromoCart` sets them
     * from the answers with and without the code; absent or empty: none.
     */
    promotions: z.array(z.string()).optional(),
  }),
  z.object({ reason: z.literal('insufficient_balance'), code }),
  z.object({ reason: z.literal('own_referral_code'), code }),
  z.object({ reason: z.literal('requires_sign_in'), code }),
  z.object({ reason: z.literal('too_many_attempts'), code }),
  z.object({ reason: z.literal('promotions_unavailable'), code }),
  z.object({ reason: z.literal('cart_not_eligible'), code }),
  z.object({
    reason: z.literal('too_many_codes'),
    code,
    /**
     * How many codes and automatic promotions apply to one order at most, when upstream says:
     * Voucherify's `applicable_redeemables_limit` (DIGEST §9, stacking rules). Absent when the limit
     * reached is a category's (`applicable_redeemables_per_category_limit`): the code clashes with
     * discounts of its own kind, not with the count of the order's.
     */
    limit: z.number().int().positive().optional(),
  }),
]);

/** Why a code did not apply. */
export type Rejection = z.infer<typeof rejectionSchema>;

/** Every rejection reason. */
export type RejectionReason = Rejection['reason'];

/** Every rejection reason, in a stable order. */
export const REJECTION_REASONS = rejectionSchema.options.map(
  (option) => option.shape.reason.value,
) as readonly RejectionReason[];
