import { formatMoney, prefetchOfferHints } from '@promokit/react/server';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import Link from 'next/link';
import { type ReactNode, Suspense } from 'react';

import { currency, productIds, products } from '../lib/catalog';
import { serverPromoClient } from '../lib/server-promotions';
import { AddToCart } from './add-to-cart';
import { OfferBadges } from './offer-badges';

/**
 * The shop, rendered on the server. Offers are the shopper's, read at request time (their cookie),
 * so under `cacheComponents` they are fetched in a child inside `<Suspense>`: the heading is
 * prerendered, the products stream in with their offers in the same response.
 */
export default function ShopPage(): ReactNode {
  return (
    <>
      <h1>Shop</h1>
      <Suspense fallback={<p aria-busy="true">Loading products…</p>}>
        <Products />
      </Suspense>
    </>
  );
}

/** Every product with its offers, fetched on the server for this request. */
async function Products(): Promise<ReactNode> {
  const queryClient = new QueryClient();
  await prefetchOfferHints(queryClient, await serverPromoClient(), 'listing', { productIds });
  return (
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
  );
}
