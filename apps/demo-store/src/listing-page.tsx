import { useOfferHints } from '@promokit/react';
import { OfferBadge } from '@promokit/ui';
import type { ReactNode } from 'react';

import { addToCart, useCart } from './cart-store.js';
import { categories, products } from './catalog.js';
import { Link } from './link.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';

/** The shop: products by category, each with the offers that target it. */
export function ListingPage({ category }: { category: string | null }): ReactNode {
  const cart = useCart();
  const shown = category ? products.filter((product) => product.category === category) : products;
  const { available, hints } = useOfferHints('listing', {
    cart,
    productIds: shown.map((product) => product.id),
  });
  const offersFor = (productId: string) =>
    [...available, ...hints].filter((offer) => offer.productIds?.includes(productId));
  return (
    <>
      <h1>{category ?? 'Shop'}</h1>
      <nav aria-label="Categories" className="categories">
        <Link href="/" aria-current={category ? undefined : 'page'}>
          All
        </Link>
        {categories.map((name) => (
          <Link
            key={name}
            href={`/?category=${encodeURIComponent(name)}`}
            aria-current={name === category ? 'page' : undefined}
          >
            {name}
          </Link>
        ))}
      </nav>
      <ul className="products">
        {shown.map((product) => (
          <li key={product.id} className="product">
            <Link href={`/product/${product.id}`} className="product-link">
              <ProductArt product={product} />
              <h2 id={`name-${product.id}`}>{product.name}</h2>
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
              onClick={() => addToCart(product.id)}
              aria-describedby={`name-${product.id}`}
            >
              Add to cart
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
