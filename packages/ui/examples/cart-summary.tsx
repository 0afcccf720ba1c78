'use client'; // in a Next.js App Router app; harmless elsewhere

import { type Cart, caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider, usePromoCart } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals } from '@promokit/ui';
import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';
import type { ReactNode } from 'react';

const client = createPromoClient({ baseUrl: '/api/promotions' });

/** The cart's codes and totals, below the app's one `PromoProvider`. */
export function CartSummary({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart); // cart = { lines: [{ productId, quantity }] }, priced by the BFF
  return (
    <>
      <CodeInput apply={promo.apply} onRemove={promo.remove} />
      {/* Codes and automatic promotions alike: every discount in the totals has its line here. */}
      <AppliedDiscounts
        applied={promo.applied}
        promotions={promo.promotions}
        items={promo.items}
        onRemove={promo.remove}
      />
      <OrderTotals totals={promo.totals} />
    </>
  );
}

// An app with no PromoProvider yet; where a layout renders one, render CartSummary alone.
export function Checkout({ cart }: { cart: Cart }): ReactNode {
  return (
    // codeMatching as the BFF's caseSensitiveCodes (false in the route handler below).
    <PromoProvider client={client} locale="en-US" currency="USD" codeMatching={caseInsensitiveCodes}>
      <CartSummary cart={cart} />
    </PromoProvider>
  );
}
