// app/page.tsx, a Server Component; OfferBadges is the client component above.
import { createPromoClient } from '@promokit/core';
import { formatMoney, prefetchOfferHints } from '@promokit/react/server';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import { connection } from 'next/server';
import { type ReactNode, Suspense } from 'react';

import { OfferBadges } from './offer-badges';

const products = [{ id: 'mug', name: 'Trail Mug', price: 2500 }];
const productIds = products.map((product) => product.id);

// Prerendered at build time; the offers, the shopper's and live, stream in for each request.
export default function ShopPage(): ReactNode {
  return (
    <>
      {products.map((product) => (
        <p key={product.id}>
          {product.name} {formatMoney(product.price, 'USD', 'en-US')}
        </p>
      ))}
      <Suspense fallback={null}>
        <Offers />
      </Suspense>
    </>
  );
}

async function Offers(): Promise<ReactNode> {
  await connection(); // at request time, never while `next build` prerenders
  // Absolute on a server: where promokit-bff listens (or an in-process fetch, see below); pass the
  // shopper's cookie in `headers` for offers of a signed-in shopper.
  const client = createPromoClient({
    baseUrl: process.env.PROMOKIT_BFF_URL ?? 'http://127.0.0.1:4180/api/promotions',
  });
  const queryClient = new QueryClient();
  await prefetchOfferHints(queryClient, client, 'listing', { productIds }); // logs a failure, never throws
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OfferBadges productIds={productIds} />
    </HydrationBoundary>
  );
}
