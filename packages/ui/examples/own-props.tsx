// #region own-props
import type { Cart } from '@promokit/core';
import { usePromoCart } from '@promokit/react';
import { CodeInput, OrderTotals } from '@promokit/ui';
import { useRef } from 'react';

function Checkout({ cart, onCodeSubmit }: { cart: Cart; onCodeSubmit: () => void }) {
  const promo = usePromoCart(cart);
  const field = useRef<HTMLInputElement>(null);
  return (
    <>
      <CodeInput.Root
        apply={promo.apply}
        className="checkout-code"
        data-testid="promo-code"
        onSubmit={onCodeSubmit}
      >
        <CodeInput.Label />
        <CodeInput.Field
          id="promo-code"
          ref={field}
          className="input"
          placeholder="SUMMER10"
          aria-describedby="promo-code-hint"
        />
        <p id="promo-code-hint">One code per order; gift cards too.</p>
        <CodeInput.Submit className="button button--primary" />
        <CodeInput.Status />
        <CodeInput.Message />
      </CodeInput.Root>
      <OrderTotals totals={promo.totals} className="summary" aria-label="Order summary" />
    </>
  );
}
// #endregion own-props

export { Checkout };
