'use client';

import { usePromoCart, useRedeem } from '@promokit/react';
import { RedemptionSummary } from '@promokit/ui';
import { type ReactNode, useRef } from 'react';

import { clearCart, useCart } from '../../lib/cart-store';
import { PromoSummary } from '../cart/promo-summary';

/** Checkout: the order summary, and placing the order, which redeems its codes once. */
export function CheckoutView(): ReactNode {
  const cart = useCart();
  const promo = usePromoCart(cart);
  const redeem = useRedeem();
  // One id per order, made when it is first placed (not while rendering, which `next build`
  // prerenders): a retry after an unknown outcome sends the same id, and is redeemed once.
  const orderId = useRef<string | undefined>(undefined);

  if (redeem.data?.status === 'redeemed') {
    return (
      <section aria-label="Order placed">
        <h2>Thank you, your order is placed</h2>
        <RedemptionSummary
          totals={redeem.data.totals}
          {...(redeem.data.pointsEarned === undefined ? {} : { pointsEarned: redeem.data.pointsEarned })}
        />
      </section>
    );
  }
  if (!cart.lines.length) return <p>Your cart is empty.</p>;

  async function placeOrder(): Promise<void> {
    orderId.current ??= crypto.randomUUID();
    const result = await redeem.mutateAsync({
      orderId: orderId.current,
      cart,
      codes: [...promo.entries],
      ...(promo.totals ? { expectedDue: promo.totals.due } : {}),
    });
    if (result.status === 'redeemed') {
      promo.clear();
      clearCart();
    }
  }

  return (
    <aside aria-label="Order summary">
      <PromoSummary cart={cart} />
      <button type="button" disabled={!promo.totals || redeem.isPending} onClick={() => void placeOrder()}>
        Place order
      </button>
      {redeem.data?.status === 'rejected' && (
        <p role="alert">The order total changed: check it and place the order again.</p>
      )}
    </aside>
  );
}
