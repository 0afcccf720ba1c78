import { z } from 'zod';

/**
 * PromoKit extension to an INAPPLICABLE redeemable's `result`, sent by the PromoKit engine and never
 * by Voucherify, under `result.promokit`. `missing_amount` is the order amount (minor units) still
 * needed to satisfy a minimum-order-amount rule.
 */
export const promoKitResultExtensionSchema = z.looseObject({
  missing_amount: z.int().positive().nullish(),
});

/** The PromoKit extension to an INAPPLICABLE result. */
export type PromoKitResultExtension = z.infer<typeof promoKitResultExtensionSchema>;
