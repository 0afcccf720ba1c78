import { type Cart } from '@promokit/core';
import { usePromoCart, useOfferHints } from '@promokit/react';
import { TierProgress, WhyNotApplied } from '@promokit/ui';
import type { ReactNode } from 'react';

import { setQuantity } from './cart-store.js';
import { productById } from './catalog.js';
import { Link } from './link.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';
import { PromoSummary } from './promo-summary.js';

/** The cart: lines, progress towards the next offers, codes and totals. */
export function CartPage({ cart }: { cart: Cart }): ReactNode {
  const { hints } = useOfferHints('cart', { cart });
  const { totals } = usePromoCart(cart);
  if (!cart.lines.length) {
    return (
      <>
        <h1>Your cart</h1>
        <p>
          Your cart is empty. <Link href="/">Find something you like</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Your cart</h1>
      <div className="cart">
        <div className="cart-main">
          {hints.length > 0 && totals && (
            <TierProgress offers={hints} amount={totals.subtotal + totals.shipping} />
          )}
          <ul className="cart-lines" aria-label="Items in your cart">
            {cart.lines.map((line) => {
              const product = productById(line.productId);
              const name = product?.name ?? line.productId;
              return (
                <li key={line.productId} className="cart-line">
                  {product && <ProductArt product={product} size={64} />}
                  <span className="cart-line-name">{name}</span>
                  <span className="quantity">
                    <button
                      type="button"
                      aria-label={`One fewer ${name}`}
                      onClick={() => setQuantity(line.productId, line.quantity - 1)}
                    >
                      −
                    </button>
                    <span aria-label={`Quantity of ${name}`}>{line.quantity}</span>
                    <button
                      type="button"
                      aria-label={`One more ${name}`}
                      onClick={() => setQuantity(line.productId, line.quantity + 1)}
                    >
                      +
                    </button>
                  </span>
                  <span>{product && <Money amount={product.price * line.quantity} />}</span>
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
          <WhyNotApplied offers={hints} />
        </div>
        <aside className="summary" aria-label="Order summary">
          <PromoSummary cart={cart} />
          <Link href="/checkout" className="button primary">
            Checkout
          </Link>
        </aside>
      </div>
    </>
  );
}
