import { useOfferHints } from '@promokit/react';
import { OfferBadge } from '@promokit/ui';
import type { ReactNode } from 'react';

import { addToCart, useCart } from './cart-store.js';
import { categories, products } from './catalog.js';
import { useCopy } from './i18n.js';
import { Link } from './link.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';

/** Goods from which the demo seed's free-shipping promotion applies, in minor units ("Free shipping over 75.00"). */
const FREE_SHIPPING_FROM = 7500;

/** The shop: a hero on the home page, then products by category, each with the offers that target it. */
export function ListingPage({ category }: { category: string | null }): ReactNode {
  const cart = useCart();
  const { t, productName, money } = useCopy();
  const shown = category ? products.filter((product) => product.category === category) : products;
  const { available, hints } = useOfferHints('listing', {
    cart,
    productIds: shown.map((product) => product.id),
  });
  const offersFor = (productId: string) =>
    [...available, ...hints].filter((offer) => offer.productIds?.includes(productId));
  return (
    <>
      {!category && (
        <section className="hero" aria-labelledby="hero-title">
          <div className="hero-text">
            <p className="hero-title" id="hero-title">
              {t('Gear for the trail, from mug to daypack')}
            </p>
            <p>
              {t(
                'Free shipping over {amount}, a free mug with every third, and codes for every kind of shopper.',
                {
                  amount: money(FREE_SHIPPING_FROM),
                },
              )}
            </p>
            <Link className="button primary" href="/?category=Bags">
              {t('Shop bags')}
            </Link>
          </div>
          <svg className="hero-art" viewBox="0 0 320 180" aria-hidden="true" focusable="false">
            <rect width="320" height="180" fill="#1e3a2f" />
            <circle cx="250" cy="52" r="26" fill="#f6d58e" />
            <path d="M0 150 L70 70 L120 120 L170 50 L240 130 L280 95 L320 130 V180 H0 Z" fill="#2f5d4a" />
            <path d="M0 180 L60 130 L110 160 L160 120 L220 165 L270 140 L320 170 V180 Z" fill="#e9b44c" />
            <path d="M170 50 L185 72 L160 70 Z M70 70 L82 86 L60 84 Z" fill="#f4f1ea" />
          </svg>
        </section>
      )}
      <h1>{category ? t(category) : t('Shop')}</h1>
      <nav aria-label={t('Categories')} className="categories">
        <Link href="/" aria-current={category ? undefined : 'page'}>
          {t('All')}
        </Link>
        {categories.map((name) => (
          <Link
            key={name}
            href={`/?category=${encodeURIComponent(name)}`}
            aria-current={name === category ? 'page' : undefined}
          >
            {t(name)}
          </Link>
        ))}
      </nav>
      <ul className="products">
        {shown.map((product) => (
          <li key={product.id} className="product">
            <Link href={`/product/${product.id}`} className="product-link">
              <ProductArt product={product} label="" />
              <h2 id={`name-${product.id}`}>{productName(product.id, product.name)}</h2>
            </Link>
            <p className="price">
              <Money amount={product.price} />
            </p>
            <div className="badges">
              {offersFor(product.id).map((offer) => (
                <OfferBadge key={offer.id} offer={offer} />
              ))}
            </div>
            <button
              type="button"
              className="add-to-cart"
              onClick={() => addToCart(product.id)}
              aria-describedby={`name-${product.id}`}
            >
              {t('Add to cart')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
