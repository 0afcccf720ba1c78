import { type Cart, formatMoney } from '@promokit/core';
import { usePromoCart, usePromoContext } from '@promokit/react';
import type { ReactNode } from 'react';

export function CartSummary({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart, { cartId: 'cart_8431' }); // cart = { lines: [{ productId, quantity }] }
  const { locale } = usePromoContext('CartSummary');
  const money = (amount: number) => formatMoney(amount, promo.totals?.currency ?? 'USD', locale);
  return (
    <>
      <ul>
        {promo.items.map((item) => (
          <li key={item.code} data-state={item.status}>
            {item.code}{' '}
            {item.applied?.paid !== undefined
              ? `pays ${money(item.applied.paid)}` // a gift card or loyalty card pays; it never discounts
              : item.applied
                ? money(-item.applied.discount)
                : item.rejection?.reason}
            <button type="button" onClick={() => void promo.remove(item.code)}>
              Remove
            </button>
          </li>
        ))}
        {/* Automatic promotions: every discount in the total has its line. */}
        {promo.promotions.map((promotion) => (
          <li key={promotion.id}>
            {promotion.label} {money(-promotion.discount)}
          </li>
        ))}
      </ul>
      <p>Total: {promo.totals ? money(promo.totals.total) : 'Calculating…'}</p>
      <p>To pay: {promo.totals ? money(promo.totals.due) : 'Calculating…'}</p>
    </>
  );
}
