import { isPromoError, type PromoClient, type Stage } from '@promokit/core';
import type { QueryClient } from '@tanstack/react-query';

import { qualificationsOptions } from './qualifications-options.js';
import type { UseOfferHintsOptions } from './use-offer-hints.js';

/**
 * Fetches on the server the offers that `useOfferHints(stage, options)` will ask for, into
 * `queryClient`, under the same query key: after `dehydrate(queryClient)` and a `HydrationBoundary`,
 * the hook renders the offers in the server HTML and the browser does not fetch them again while
 * they are fresh (60 s). `client` must reach the BFF from the server: an absolute `baseUrl`, or a
 * `fetch` that calls the BFF's app in-process. Like `prefetchQuery`, it never throws: a failure
 * leaves the query empty, the server HTML has no offers and the hook fetches them in the browser;
 * it is logged with `console.warn` (the stage, the error's code and message, the URL that failed),
 * so a server that cannot reach the BFF says so in its log.
 *
 * @example await prefetchOfferHints(queryClient, client, 'listing', { productIds: ['mug', 'cap'] });
 */
export function prefetchOfferHints(
  queryClient: QueryClient,
  client: PromoClient,
  stage: Stage,
  options: UseOfferHintsOptions = {},
): Promise<void> {
  const query = qualificationsOptions(client, {
    stage,
    cart: options.cart ?? { lines: [] },
    ...(options.productIds ? { productIds: [...options.productIds] } : {}),
  });
  return queryClient.prefetchQuery(query).then(() => {
    const error = queryClient.getQueryState(query.queryKey)?.error;
    if (!error) return;
    const code = isPromoError(error) ? ` (${error.code})` : '';
    console.warn(
      `PromoKit: the ${stage} offers were not prefetched${code}: ${error.message}. The server HTML has none; ` +
        "the browser fetches them. A server's client needs an absolute baseUrl or an in-process fetch that reaches the BFF.",
    );
  });
}
