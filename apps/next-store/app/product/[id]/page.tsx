import { formatMoney, prefetchOfferHints } from '@promokit/react/server';
import { AppliedDiscounts, OrderTotals } from '@promokit/ui';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { type ReactNode, Suspense } from 'react';

import { currency, productById } from '../../../lib/catalog';
import { serverPromoClient } from '../../../lib/server-promotions';
import { AddToCart } from '../../add-to-cart';
import { OfferBadges } from '../../offer-badges';

/**
 * A product, rendered on the server: its offers fetched there, and what one of it costs delivered,
 * priced by the BFF with the automatic promotions it gets, shown by `AppliedDiscounts` and
 * `OrderTotals` rendered from this Server Component. The route's `params` and the shopper's
 * offers are request-time data: under `cacheComponents` they are read inside `<Suspense>`.
 */
export default function ProductPage({ params }: { params: Promise<{ id: string }> }): ReactNode {
  return (
    <Suspense fallback={<p aria-busy="true">Loading the product…</p>}>
      <Product params={params} />
    </Suspense>
  );
}

async function Product({ params }: { params: Promise<{ id: string }> }): Promise<ReactNode> {
  const { id } = await params;
  const product = productById(id);
  if (!product) notFound();
  const client = await serverPromoClient();
  const queryClient = new QueryClient();
  const [, one] = await Promise.all([
    prefetchOfferHints(queryClient, client, 'product', { productIds: [product.id] }),
    client.validate({ cart: { lines: [{ productId: product.id, quantity: 1 }] }, codes: [] }),
  ]);
  return (
    <>
      <h1 id="product-name">{product.name}</h1>
      <p>{product.description}</p>
      <p>{formatMoney(product.price, currency, 'en-US')}</p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OfferBadges stage="product" productIds={[product.id]} productId={product.id} />
      </HydrationBoundary>
      <AddToCart productId={product.id} label="product-name" />
      <section aria-labelledby="one-delivered">
        <h2 id="one-delivered">One, delivered</h2>
        <AppliedDiscounts applied={one.applied} promotions={one.promotions} headingLevel={3} />
        <OrderTotals totals={one.totals} />
      </section>
    </>
  );
}
