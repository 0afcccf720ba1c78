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

/** A cart summary as a storefront composes it: code input, applied discounts, totals. */
export function StoryCart({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '22rem' }}>
      <CodeInput apply={promo.apply} />
      <AppliedDiscounts applied={promo.applied} onRemove={promo.remove} />
      <OrderTotals totals={promo.totals} />
    </div>
  );
}
