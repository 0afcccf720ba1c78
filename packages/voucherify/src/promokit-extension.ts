import { z } from 'zod';

/**
 * A loyalty card holder's tier (`ltr_…`, spec `LoyaltyTier`) by the points the card earned in all,
 * and the next tier with the points still to earn for it (absent at the top tier).
 */
export const promoKitLoyaltyTierSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  next: z.looseObject({ id: z.string(), name: z.string(), points_to_go: z.int().positive() }).nullish(),
});

/** A loyalty card holder's tier and the next one (PromoKit extension). */
export type PromoKitLoyaltyTier = z.infer<typeof promoKitLoyaltyTierSchema>;

/**
 * A loyalty program's reward and what it costs, shaped as one item of Voucherify's
 * `GET /v1/loyalties/members/{memberId}/rewards` answer (spec `LoyaltiesMembersRewardsListResponseBody`):
 * `reward` (spec `Reward`: `type` `COIN` pays with points, `MATERIAL` gives `parameters.product`,
 * `CAMPAIGN` publishes a coupon of `parameters.campaign`) and its `assignment` to the program, whose
 * `parameters.loyalty.points` is the cost in points (absent for pay with points).
 */
export const promoKitLoyaltyRewardSchema = z.looseObject({
  reward: z.looseObject({
    id: z.string(),
    name: z.string(),
    type: z.enum(['CAMPAIGN', 'COIN', 'MATERIAL']),
    parameters: z.looseObject({
      coin: z.looseObject({ exchange_ratio: z.number(), points_ratio: z.int() }).nullish(),
      product: z.looseObject({ id: z.string(), sku_id: z.string().nullish() }).nullish(),
      campaign: z.looseObject({ id: z.string(), type: z.string().nullish() }).nullish(),
    }),
    stock: z.int().nullish(),
    redeemed: z.int().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    created_at: z.string().nullish(),
    updated_at: z.string().nullish(),
    object: z.literal('reward'),
  }),
  assignment: z.looseObject({
    id: z.string(),
    reward_id: z.string(),
    related_object_id: z.string(),
    related_object_type: z.literal('campaign'),
    parameters: z.looseObject({ loyalty: z.looseObject({ points: z.int().nonnegative() }) }).nullish(),
    created_at: z.string().nullish(),
    updated_at: z.string().nullish(),
    object: z.literal('reward_assignment'),
  }),
  object: z.literal('loyalty_reward'),
});

/** A loyalty reward and its cost (PromoKit extension). */
export type PromoKitLoyaltyReward = z.infer<typeof promoKitLoyaltyRewardSchema>;

/**
 * PromoKit extension to a redeemable's `result`, sent by the PromoKit engine and never by
 * Voucherify, under `result.promokit`. `missing_amount` (INAPPLICABLE results) is the order amount
 * (minor units) still needed to satisfy a minimum-order-amount rule; `loyalty_tier` (a loyalty card
 * in qualifications) is its holder's tier and the next one: Voucherify tells tiers only through its
 * deprecated `/v1/loyalties/.../tiers` endpoints; `rewards` (a loyalty card in qualifications) are
 * its program's rewards with their cost, which Voucherify lists at
 * `GET /v1/loyalties/members/{memberId}/rewards` instead.
 */
export const promoKitResultExtensionSchema = z.looseObject({
  missing_amount: z.int().positive().nullish(),
  loyalty_tier: promoKitLoyaltyTierSchema.nullish(),
  rewards: z.array(promoKitLoyaltyRewardSchema).nullish(),
});

/** The PromoKit extension to a result. */
export type PromoKitResultExtension = z.infer<typeof promoKitResultExtensionSchema>;
