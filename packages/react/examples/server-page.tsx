// app/page.tsx, a Server Component; OfferBadges is the client component above.
import { createPromoClient } from '@promokit/core';
import { formatMoney, prefetchOfferHints } from '@promokit/react/server';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { OfferBadges } from './offer-badges';

const products = [{ id: 'mug', name: 'Trail Mug', price: 2500 }];

export default async function ShopPage(): Promise<ReactNode> {
  // Absolute on a server; pass the shopper's cookie in `headers` for offers of a signed-in shopper.
  const client = createPromoClient({
    baseUrl: process.env.PROMOKIT_BFF_URL ?? 'http://127.0.0.1:3000/api/promotions',
  });
  const queryClient = new QueryClient();
  const productIds = products.map((product) => product.id);
  await prefetchOfferHints(queryClient, client, 'listing', { productIds });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {products.map((product) => (
        <p key={product.id}>
          {product.name} {formatMoney(product.price, 'USD', 'en-US')}
        </p>
      ))}
      <OfferBadges productIds={productIds} />
    </HydrationBoundary>
  );
}
