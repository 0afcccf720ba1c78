import type { Cart } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals, Wallet } from '@promokit/ui';
import type { ReactNode } from 'react';

/**
 * The promotion side of the cart and checkout: the code input, the shopper's wallet, what applies,
 * and the server-priced totals.
 */
export function PromoSummary({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  const wallet = useWallet();
  const pending = promo.items.filter((item) => item.status === 'adding' || item.status === 'removing');
  const entries = wallet.data?.entries.filter((entry) => !entry.ownReferral) ?? [];
  return (
    <>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="/" signInHref="#persona" />
      {entries.length > 0 && (
        <Wallet
          entries={entries}
          onApply={(code) => void promo.apply(code)}
          applied={promo.codes}
          pending={pending.map((item) => item.code)}
        />
      )}
      <AppliedDiscounts
        applied={promo.applied}
        promotions={promo.promotions}
        onRemove={(code) => void promo.remove(code)}
        pending={pending.map((item) => item.code)}
      />
      <OrderTotals totals={promo.totals} />
    </>
  );
}
