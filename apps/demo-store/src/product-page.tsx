import { useOfferHints } from '@promokit/react';
import { OfferBadge, OfferHint } from '@promokit/ui';
import type { ReactNode } from 'react';

import { addToCart, useCart } from './cart-store.js';
import { productById } from './catalog.js';
import { useCopy } from './i18n.js';
import { Link } from './link.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';

/** One product, with its own offers and how close the cart is to them. */
export function ProductPage({ productId }: { productId: string }): ReactNode {
  const product = productById(productId);
  const cart = useCart();
  const { t, productName, productDescription } = useCopy();
  const { available, hints } = useOfferHints('product', { cart, productIds: [productId] });
  if (!product) return <NotFound />;
  // Only the offers on this product: another product's tiers belong on its own page.
  const own = (offer: { productIds?: readonly string[] | undefined }) =>
    offer.productIds?.includes(product.id);
  const targeted = available.filter(own);
  const near = hints.filter(own);
  return (
    <article className="product-page">
      <ProductArt product={product} size={360} label={productName(product.id, product.name)} />
      <div className="product-details">
        <p className="category">
          <Link href={`/?category=${encodeURIComponent(product.category)}`}>{t(product.category)}</Link>
        </p>
        <h1>{productName(product.id, product.name)}</h1>
        <p className="price">
          <Money amount={product.price} />
        </p>
        <div className="badges" aria-label={t('Offers on this product')} role="group">
          {targeted.map((offer) => (
            <OfferBadge key={offer.id} offer={offer} />
          ))}
        </div>
        <p>{productDescription(product.id, product.description)}</p>
        <button type="button" className="primary add-to-cart" onClick={() => addToCart(product.id)}>
          {t('Add to cart')}
        </button>
        {near.map((offer) => (
          <OfferHint key={offer.id} offer={offer} />
        ))}
      </div>
    </article>
  );
}

export function NotFound(): ReactNode {
  const { t } = useCopy();
  return (
    <>
      <h1>{t('Page not found')}</h1>
      <p>
        <Link href="/">{t('Back to the shop')}</Link>
      </p>
    </>
  );
}
