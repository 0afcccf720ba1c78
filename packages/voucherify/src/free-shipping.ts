import { z } from 'zod';

import { discountUnitSchema } from './discount.js';

/**
 * Voucherify's built-in shipping product. Send the shipping line as an order item with
 * `source_id: "5h1pp1ng"` and its price so that a free-shipping discount can zero it.
 */
export const SHIPPING_PRODUCT = {
  id: 'prod_5h1pp1ng',
  source_id: '5h1pp1ng',
  name: 'Shipping',
} as const;

/**
 * Free shipping as Voucherify expresses it: a `UNIT` discount adding the missing shipping unit
 * (`unit_type: "prod_5h1pp1ng"`, `effect: "ADD_MISSING_ITEMS"`).
 */
export const freeShippingDiscountSchema = discountUnitSchema.extend({
  effect: z.literal('ADD_MISSING_ITEMS'),
  unit_type: z.literal(SHIPPING_PRODUCT.id),
});

/** A free-shipping discount. */
export type FreeShippingDiscount = z.infer<typeof freeShippingDiscountSchema>;
