import { z } from 'zod';

/**
 * What a discount does, for display, covering every discount Voucherify can express without
 * storefront code per type: amount off, percent off (with its cap), a new price, free items
 * (including non-money incentives such as "1 month free"), free shipping, gift card credit and
 * loyalty points.
 */
export const effectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('percent_off'), percentOff: z.number(), cap: z.number().int().optional() }),
  z.object({ type: z.literal('amount_off'), amountOff: z.number().int() }),
  z.object({ type: z.literal('fixed_price'), price: z.number().int() }),
  z.object({ type: z.literal('free_shipping') }),
  z.object({
    type: z.literal('free_items'),
    quantity: z.number().int().positive(),
    /** The free product, when the upstream names one. */
    productId: z.string().optional(),
    productName: z.string().optional(),
    /**
     * Each free product and how many of it, when one discount gives several (Voucherify's `UNIT`
     * discount with `effect: "ADD_MANY_ITEMS"`); `quantity` is then their sum.
     */
    items: z.array(z.object({ productId: z.string(), quantity: z.number().int().positive() })).optional(),
  }),
  z.object({
    type: z.literal('gift_card'),
    /** Balance left on the card before this order, in minor units. */
    balance: z.number().int(),
    /** Credits used on this order, in minor units. */
    credits: z.number().int().nonnegative().optional(),
  }),
  z.object({
    type: z.literal('loyalty_points'),
    /** Points spent on this order. */
    points: z.number().int().nonnegative(),
    /** Points on the card before this order. */
    balance: z.number().int().optional(),
  }),
]);

/** What a discount does. */
export type Effect = z.infer<typeof effectSchema>;
