import { z } from 'zod';

const minorUnits = z.number().int().nonnegative();

/**
 * What one gift card or loyalty card pays of an order, in minor units of the totals' currency.
 * Cards pay what is left after every discount; they are never a discount themselves.
 */
export const paymentSchema = z.object({
  /** The card's code, spelt as the shopper added it. */
  code: z.string(),
  kind: z.enum(['gift_card', 'loyalty_card']),
  amount: minorUnits,
});

/** What one gift card or loyalty card pays. */
export type Payment = z.infer<typeof paymentSchema>;

/**
 * Cart totals, priced by the server, every amount in minor units of `currency` (ISO 4217).
 *
 * - `subtotal`: the goods, before any discount (units a promotion adds for free included);
 * - `shipping`: the shipping charge before its discount (0 when the order ships free anyway);
 * - `discount`: everything promotions and coupons take off, shipping discount included: what the
 *   shopper saves;
 * - `shippingDiscount`: the part of `discount` taken off shipping (never more than `shipping`; the
 *   rest, `discount − shippingDiscount`, never more than `subtotal`);
 * - `total` = `subtotal + shipping − discount`: the order's price;
 * - `paid`: what each gift card and loyalty card pays of `total`, in the order they were applied;
 * - `due` = `total − Σ paid.amount`: what is left to pay by card.
 *
 * The equations are checked whenever totals are parsed.
 */
export const totalsSchema = z
  .object({
    currency: z.string().length(3),
    subtotal: minorUnits,
    shipping: minorUnits,
    discount: minorUnits,
    shippingDiscount: minorUnits,
    total: minorUnits,
    paid: z.array(paymentSchema),
    due: minorUnits,
  })
  .check((ctx) => {
    const totals = ctx.value;
    const issue = (message: string, path: string) =>
      ctx.issues.push({ code: 'custom', message, path: [path], input: totals });
    if (totals.total !== totals.subtotal + totals.shipping - totals.discount)
      issue('total must be subtotal + shipping − discount', 'total');
    if (totals.shippingDiscount > totals.shipping || totals.shippingDiscount > totals.discount)
      issue('shippingDiscount must be within shipping and discount', 'shippingDiscount');
    if (totals.discount - totals.shippingDiscount > totals.subtotal)
      issue('the discount on goods cannot exceed the goods', 'discount');
    if (totals.due !== totals.total - totals.paid.reduce((sum, payment) => sum + payment.amount, 0))
      issue('due must be total − what the cards paid', 'due');
  });

/** Cart totals. See {@link totalsSchema} for what each amount is. */
export type Totals = z.infer<typeof totalsSchema>;
