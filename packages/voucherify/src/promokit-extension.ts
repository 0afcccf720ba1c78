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
 * PromoKit extension to a redeemable's `result`, sent by the PromoKit engine and never by
 * Voucherify, under `result.promokit`. `missing_amount` (INAPPLICABLE results) is the order amount
 * (minor units) still needed to satisfy a minimum-order-amount rule; `loyalty_tier` (a loyalty card
 * in qualifications) is its holder's tier and the next one: Voucherify tells tiers only through its
 * deprecated `/v1/loyalties/.../tiers` endpoints.
 */
export const promoKitResultExtensionSchema = z.looseObject({
  missing_amount: z.int().positive().nullish(),
  loyalty_tier: promoKitLoyaltyTierSchema.nullish(),
});

/** The PromoKit extension to a result. */
export type PromoKitResultExtension = z.infer<typeof promoKitResultExtensionSchema>;
