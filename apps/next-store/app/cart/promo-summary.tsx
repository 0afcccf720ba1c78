'use client';

import type { Cart } from '@promokit/core';
import { usePromoCart } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals } from '@promokit/ui';
import type { ReactNode } from 'react';

/** The code input, what applies (codes and automatic promotions), and the server-priced totals. */
export function PromoSummary({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  return (
    <>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="/" />
      <AppliedDiscounts
        applied={promo.applied}
        promotions={promo.promotions}
        items={promo.items}
        onRemove={(code) => void promo.remove(code)}
      />
      <OrderTotals totals={promo.totals} />
    </>
  );
}
