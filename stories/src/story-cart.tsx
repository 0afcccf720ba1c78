import type { Cart } from '@promokit/core';
import { usePromoCart } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals } from '@promokit/ui';
import type { ReactNode } from 'react';

/** Two demo products, $60.00 in all. */
export const sixtyDollarCart: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

/** One demo product, $30.00: below WELCOME10's $50.00 minimum. */
export const thirtyDollarCart: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };

/** One Trail Mug, $25.00: the Trail kit bundle still needs a Canvas Tote and a Field Cap. */
export const oneMug: Cart = { lines: [{ productId: 'mug', quantity: 1 }] };

/** Two Trail Mugs, $50.00: $25.00 short of free shipping. */
export const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/** Three Trail Mugs, $75.00: the third is free, and so is shipping. */
export const threeMugs: Cart = { lines: [{ productId: 'mug', quantity: 3 }] };

/**
 * A cart summary as a storefront composes it: code input, applied discounts, totals. `heading`
 * names the applied discounts when a story shows several summaries at once.
 */
export function StoryCart({ cart, heading }: { cart: Cart; heading?: string }): ReactNode {
  const promo = usePromoCart(cart);
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '22rem' }}>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="#cart" signInHref="#sign-in" />
      <AppliedDiscounts.Root applied={promo.applied} items={promo.items} onRemove={promo.remove}>
        <AppliedDiscounts.Heading>{heading}</AppliedDiscounts.Heading>
        <AppliedDiscounts.List />
      </AppliedDiscounts.Root>
      <OrderTotals totals={promo.totals} />
    </div>
  );
}
