import { type Cart, isPromoError } from '@promokit/core';
import { usePromoCart, useRedeem, useRollback } from '@promokit/react';
import { rejectionMessage, useMessages } from '@promokit/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';

import { clearCart } from './cart-store.js';
import { useCopy } from './i18n.js';
import { LineItems } from './line-items.js';
import { Link } from './link.js';
import { newOrderId, pay, saveOrder } from './orders.js';
import { PromoSummary } from './promo-summary.js';
import { goTo } from './router.js';

/** `text` ending as a sentence, so that several read apart. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * How many more times an order whose redemption is not confirmed is placed again, with the same
 * order number, before the shopper is asked to try later (each time, the BFF is asked twice more).
 */
const CONFIRM_ATTEMPTS = 5;

/** Checkout: the shopper's details, codes and totals, and a payment that can be told to fail. */
export function CheckoutPage({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  const redeem = useRedeem();
  const rollback = useRollback();
  const messages = useMessages();
  const [orderId, setOrderId] = useState(newOrderId);
  const [decline, setDecline] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const busy = redeem.isPending || rollback.isPending || confirming;
  const ids = useId();
  const { t } = useCopy();

  async function placeOrder(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    try {
      const request = {
        orderId,
        cart,
        codes: [...promo.entries],
        // The order is charged what the summary shows, or not placed at all.
        ...(promo.totals ? { expectedDue: promo.totals.due } : {}),
      };
      let result = await redeem.mutateAsync(request);
      // Not confirmed: the same order, with the same number, is placed again; it is never booked twice.
      for (let attempt = 0; result.status === 'unknown' && attempt < CONFIRM_ATTEMPTS; attempt++) {
        setConfirming(true);
        const { retryAfter } = result;
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
        result = await redeem.mutateAsync(request);
      }
      setConfirming(false);
      if (result.status === 'unknown') {
        setProblem(
          t(
            "We couldn't confirm your discounts with our promotions service, so nothing was charged. Place your order again in a moment: it keeps the same order number and is never booked twice.",
          ),
        );
        return;
      }
      if (result.status === 'rejected') {
        const reasons = result.rejected.map((rejection) => sentence(rejectionMessage(rejection, messages)));
        setProblem(
          [
            t('Your total changed and nothing was charged.'),
            ...new Set(reasons),
            t('Check the new total, then place your order again.'),
          ].join(' '),
        );
        return;
      }
      if (!(await pay(decline))) {
        await rollback.mutateAsync({ orderId, reason: 'payment_declined' });
        setOrderId(newOrderId());
        setProblem(t('Your payment was declined and nothing was charged. Your codes are still applied.'));
        return;
      }
      saveOrder({ ...result, lines: cart.lines });
      clearCart();
      promo.clear();
      goTo(`/confirmation/${result.orderId}`);
    } catch (error) {
      setConfirming(false);
      // What failed, for the console; the shopper reads what to do, in their language.
      console.warn(isPromoError(error) ? error.message : error);
      setProblem(t("We couldn't place your order. Please try again."));
    }
  }

  if (!cart.lines.length) {
    return (
      <>
        <h1>{t('Checkout')}</h1>
        <p>
          {t('Your cart is empty.')} <Link href="/">{t('Back to the shop')}</Link>.
        </p>
      </>
    );
  }
  // The details first, then the summary with its code field and totals, then Place order: the
  // order a shopper reads and tabs through, at any width.
  return (
    <>
      <h1>{t('Checkout')}</h1>
      <div className="cart">
        <form
          id={`${ids}-form`}
          className="checkout-form"
          onSubmit={(event) => void placeOrder(event)}
          aria-labelledby={`${ids}-details`}
          aria-describedby={`${ids}-problem`}
        >
          <h2 id={`${ids}-details`}>{t('Your details')}</h2>
          <label htmlFor={`${ids}-name`}>{t('Full name')}</label>
          <input id={`${ids}-name`} name="name" autoComplete="name" required />
          <label htmlFor={`${ids}-email`}>{t('Email')}</label>
          <input id={`${ids}-email`} name="email" type="email" autoComplete="email" required />
          <label className="checkbox" htmlFor={`${ids}-decline`}>
            <input
              id={`${ids}-decline`}
              type="checkbox"
              checked={decline}
              onChange={(event) => setDecline(event.target.checked)}
            />
            {t('Decline the payment (demo)')}
          </label>
        </form>
        <aside className="summary" aria-label={t('Order summary')}>
          <LineItems lines={cart.lines} />
          <PromoSummary cart={cart} checkout />
          <p role="status" className="notice">
            {confirming
              ? t(
                  "We're still confirming your discounts with our promotions service. Nothing has been charged, and your order will only be placed once.",
                )
              : null}
          </p>
          <p id={`${ids}-problem`} role="alert" className="problem">
            {problem}
          </p>
          <button
            type="submit"
            form={`${ids}-form`}
            className="primary"
            aria-disabled={busy || !promo.totals}
          >
            {confirming ? t('Confirming your order…') : busy ? t('Placing your order…') : t('Place order')}
          </button>
        </aside>
      </div>
    </>
  );
}
