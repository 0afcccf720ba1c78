import { type Cart } from '@promokit/core';
import { usePromoCart, useOfferHints } from '@promokit/react';
import { TierProgress, WhyNotApplied } from '@promokit/ui';
import type { ReactNode } from 'react';

import { clearCart, setQuantity } from './cart-store.js';
import { productById } from './catalog.js';
import { useCopy } from './i18n.js';
import { Link } from './link.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';
import { PromoSummary } from './promo-summary.js';

/** The cart: lines, progress towards the next offers, codes and totals. */
export function CartPage({ cart }: { cart: Cart }): ReactNode {
  const { hints } = useOfferHints('cart', { cart });
  const promo = usePromoCart(cart);
  const { totals } = promo;
  const { t, productName } = useCopy();
  if (!cart.lines.length) {
    return (
      <>
        <h1>{t('Your cart')}</h1>
        <p>
          {t('Your cart is empty.')} <Link href="/">{t('Find something you like')}</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <div className="page-heading">
        <h1>{t('Your cart')}</h1>
        {/* Each step of a demo starts from nothing: no goods, no codes. */}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            clearCart();
            promo.clear();
          }}
        >
          {t('Start over')}
        </button>
      </div>
      <div className="cart">
        <div className="cart-main">
          {hints.length > 0 && totals && (
            <TierProgress offers={hints} amount={totals.subtotal + totals.shipping} />
          )}
          <ul className="cart-lines" aria-label={t('Items in your cart')}>
            {cart.lines.map((line) => {
              const product = productById(line.productId);
              const name = product ? productName(product.id, product.name) : line.productId;
              return (
                <li key={line.productId} className="cart-line">
                  {product && <ProductArt product={product} size={64} label="" />}
                  <span className="cart-line-name">
                    {product ? <Link href={`/product/${product.id}`}>{name}</Link> : name}
                    <span className="cart-line-unit">{product && <Money amount={product.price} />}</span>
                  </span>
                  <span className="quantity">
                    <button
                      type="button"
                      aria-label={t('One fewer {product}', { product: name })}
                      onClick={() => setQuantity(line.productId, line.quantity - 1)}
                    >
                      −
                    </button>
                    <span aria-label={t('Quantity of {product}', { product: name })}>{line.quantity}</span>
                    <button
                      type="button"
                      aria-label={t('One more {product}', { product: name })}
                      onClick={() => setQuantity(line.productId, line.quantity + 1)}
                    >
                      +
                    </button>
                  </span>
                  <span className="cart-line-price">
                    {product && <Money amount={product.price * line.quantity} />}
                  </span>
                  <button
                    type="button"
                    className="link-button cart-line-remove"
                    onClick={() => setQuantity(line.productId, 0)}
                    aria-label={t('Remove {product}', { product: name })}
                  >
                    {t('Remove')}
                  </button>
                </li>
              );
            })}
          </ul>
          <WhyNotApplied offers={hints} />
        </div>
        <aside className="summary" aria-label={t('Order summary')}>
          <PromoSummary cart={cart} />
          <Link href="/checkout" className="button primary">
            {t('Checkout')}
          </Link>
        </aside>
      </div>
    </>
  );
}
