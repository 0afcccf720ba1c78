import { type Cart, type Offer, createPromoClient } from '@promokit/core';

/** The stories' client of the real BFF, forwarded by the dev server at `/api/promotions`. */
export const storyClient = createPromoClient({ baseUrl: '/api/promotions' });

/**
 * A coupon offer as the real BFF and engine describe it for `cart`: its effect from a cart it
 * applies to, and what is missing from the rejection on `cart`. Stands in for `/qualifications`
 * until that route is served; no field is invented here.
 */
export async function couponOffer(code: string, cart: Cart, qualifyingCart: Cart): Promise<Offer> {
  const [onCart, onQualifying] = await Promise.all([
    storyClient.validate({ cart, codes: [code] }),
    storyClient.validate({ cart: qualifyingCart, codes: [code] }),
  ]);
  const applied = onQualifying.applied[0];
  if (!applied) throw new Error(`${code} does not apply to the qualifying cart`);
  const rejection = onCart.rejected[0];
  const current = onCart.applied[0];
  return {
    id: code,
    code,
    label: applied.label ?? code,
    effect: applied.effect,
    qualifies: current !== undefined,
    discount: current?.discount ?? 0,
    ...(rejection?.reason === 'cart_below_minimum' ? { missingAmount: rejection.missingAmount } : {}),
  };
}
