import { type Cart, formatMoney } from '@promokit/core';
import { useOfferHints, usePromoContext } from '@promokit/react';
import type { ReactNode } from 'react';

export function FreeShippingHint({ cart }: { cart: Cart }): ReactNode {
  const { currency, locale } = usePromoContext('FreeShippingHint');
  const offers = useOfferHints('cart', { cart });
  const next = offers.hints[0];
  if (!next?.missingAmount) return null;
  return (
    <a href="/products" {...offers.getOfferProps(next)}>
      Add {formatMoney(next.missingAmount, currency, locale)} more for {next.label}
    </a>
  );
}
