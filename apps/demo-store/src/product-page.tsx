import { useOfferHints } from '@promokit/react';
import { OfferBadge, OfferHint } from '@promokit/ui';
import type { ReactNode } from 'react';

import { addToCart, useCart } from './cart-store.js';
import { productById } from './catalog.js';
import { Link } from './link.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';

/** One product, with its offers and how close the cart is to the next ones. */
export function ProductPage({ productId }: { productId: string }): ReactNode {
  const product = productById(productId);
  const cart = useCart();
  const { available, hints } = useOfferHints('product', { cart, productIds: [productId] });
  if (!product) return <NotFound />;
  const targeted = available.filter((offer) => offer.productIds?.includes(product.id));
  return (
    <article className="product-page">
      <ProductArt product={product} size={360} />
      <div className="product-details">
        <p className="category">{product.category}</p>
        <h1>{product.name}</h1>
        <p className="price">
          <Money amount={product.price} />
        </p>
        <div className="badges">
          {targeted.map((offer) => (
            <OfferBadge key={offer.id} offer={offer} />
          ))}
        </div>
        <p>{product.description}</p>
        <button type="button" className="primary" onClick={() => addToCart(product.id)}>
          Add to cart
        </button>
        {hints.slice(0, 2).map((offer) => (
          <OfferHint key={offer.id} offer={offer} />
        ))}
      </div>
    </article>
  );
}

export function NotFound(): ReactNode {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to the shop</Link>
      </p>
    </>
  );
}
