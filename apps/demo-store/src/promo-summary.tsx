import type { Cart } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals, Wallet } from '@promokit/ui';
import type { ReactNode } from 'react';

import { PaymentCards } from './payment-cards.js';

/**
 * The promotion side of the cart and checkout: the code input, the shopper's wallet, what applies,
 * and the server-priced totals; at checkout also gift card credit and loyalty points to use.
 */
export function PromoSummary({ cart, checkout = false }: { cart: Cart; checkout?: boolean }): ReactNode {
  const promo = usePromoCart(cart);
  const wallet = useWallet();
  const entries = wallet.data?.entries.filter((entry) => !entry.ownReferral) ?? [];
  return (
    <>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="/" signInHref="#persona" />
      {entries.length > 0 && (
        <Wallet entries={entries} onApply={(code) => void promo.apply(code)} items={promo.items} />
      )}
      {checkout && promo.totals && <PaymentCards entries={entries} promo={promo} totals={promo.totals} />}
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
