import { createPromoClient, type PromoClient } from '@promokit/core';
import { headers } from 'next/headers';
import { connection } from 'next/server';

import { POST } from '../app/api/promotions/[...route]/route';

/**
 * A client of the store's own BFF for Server Components: it calls the route handler in this
 * process (no network hop, no absolute URL to configure) with the shopper's cookies, so the BFF
 * identifies them as it does their browser's requests.
 */
export async function serverPromoClient(): Promise<PromoClient> {
  // At request time, never while `next build` prerenders: reading headers() alone does not say so
  // under create-next-app's defaults (partialPrefetching), and the BFF's crypto.randomUUID() stops it.
  await connection();
  const cookie = (await headers()).get('cookie');
  return createPromoClient({
    baseUrl: 'http://next-store.local/api/promotions',
    ...(cookie ? { headers: { cookie } } : {}),
    fetch: (input, init) => Promise.resolve(POST(new Request(input, init))),
  });
}
