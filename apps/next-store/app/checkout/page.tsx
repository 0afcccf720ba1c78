import type { ReactNode } from 'react';

import { CheckoutView } from './checkout-view';

/** Checkout, in the browser: the cart lives in local storage. */
export default function CheckoutPage(): ReactNode {
  return (
    <>
      <h1>Checkout</h1>
      <CheckoutView />
    </>
  );
}
