import { type Cart, formatMoney } from '@promokit/core';
import { usePromoCart } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals } from '@promokit/ui';
import type { ReactNode } from 'react';

import { removeFromCart } from './cart-store.js';
import { currency, productById } from './catalog.js';

export function CartPage({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  if (!cart.lines.length) {
    return (
      <>
        <h1>Your cart</h1>
        <p>Your cart is empty.</p>
      </>
    );
  }
  return (
    <>
      <h1>Your cart</h1>
      <div className="cart">
        <ul className="cart-lines" aria-label="Items in your cart">
          {cart.lines.map((line) => {
            const product = productById(line.productId);
            return (
              <li key={line.productId} className="cart-line">
                <span>
                  {product?.name ?? line.productId} × {line.quantity}
                </span>
                <span>{product ? formatMoney(product.price * line.quantity, currency, 'en-US') : null}</span>
                <button
                  type="button"
                  onClick={() => removeFromCart(line.productId)}
                  aria-label={`Remove ${product?.name ?? line.productId}`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
        <aside className="summary" aria-label="Order summary">
          <CodeInput apply={promo.apply} />
          <AppliedDiscounts applied={promo.applied} onRemove={promo.remove} />
          <OrderTotals totals={promo.totals} />
        </aside>
      </div>
    </>
  );
}
