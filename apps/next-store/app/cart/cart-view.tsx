'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';

import { setQuantity, useCart } from '../../lib/cart-store';
import { productById } from '../../lib/catalog';
import { PromoSummary } from './promo-summary';

/** The cart's lines and its order summary. */
export function CartView(): ReactNode {
  const cart = useCart();
  if (!cart.lines.length) {
    return (
      <p>
        Your cart is empty. <Link href="/">Find something you like</Link>.
      </p>
    );
  }
  return (
    <div className="cart">
      <ul aria-label="Items in your cart">
        {cart.lines.map((line) => {
          const name = productById(line.productId)?.name ?? line.productId;
          return (
            <li key={line.productId}>
              {name} × {line.quantity}{' '}
              <button
                type="button"
                onClick={() => setQuantity(line.productId, 0)}
                aria-label={`Remove ${name}`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <aside aria-label="Order summary">
        <PromoSummary cart={cart} />
        <Link href="/checkout">Checkout</Link>
      </aside>
    </div>
  );
}
