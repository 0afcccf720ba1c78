import { formatMoney, prefetchOfferHints } from '@promokit/react/server';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { currency, productIds, products } from '../lib/catalog';
import { serverPromoClient } from '../lib/server-promotions';
import { AddToCart } from './add-to-cart';
import { OfferBadges } from './offer-badges';

/** The shop, rendered on the server with every product's offers fetched there. */
export default async function ShopPage(): Promise<ReactNode> {
  const queryClient = new QueryClient();
  await prefetchOfferHints(queryClient, await serverPromoClient(), 'listing', { productIds });
  return (
    <>
      <h1>Shop</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ul className="products">
          {products.map((product) => (
            <li key={product.id} className="product">
              <Link href={`/product/${product.id}`}>
                <h2 id={`name-${product.id}`}>{product.name}</h2>
              </Link>
              <p>{formatMoney(product.price, currency, 'en-US')}</p>
              <OfferBadges stage="listing" productIds={productIds} productId={product.id} />
              <AddToCart productId={product.id} label={`name-${product.id}`} />
            </li>
          ))}
        </ul>
      </HydrationBoundary>
    </>
  );
}
