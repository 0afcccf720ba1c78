import type { ReactNode } from 'react';

import { CartView } from './cart-view';

/** The cart: its lines, codes and totals, all in the browser (the cart lives in local storage). */
export default function CartPage(): ReactNode {
  return (
    <>
      <h1>Your cart</h1>
      <CartView />
    </>
  );
}
