import type { PromoClient, Stage } from '@promokit/core';
import type { QueryClient } from '@tanstack/react-query';

import { qualificationsOptions } from './qualifications-options.js';
import type { UseOfferHintsOptions } from './use-offer-hints.js';

/**
 * Fetches on the server the offers that `useOfferHints(stage, options)` will ask for, into
 * `queryClient`, under the same query key: after `dehydrate(queryClient)` and a `HydrationBoundary`,
 * the hook renders the offers in the server HTML and the browser does not fetch them again while
 * they are fresh (60 s). `client` must reach the BFF from the server: an absolute `baseUrl`, or a
 * `fetch` that calls the BFF's app in-process. Like `prefetchQuery`, it never throws: a failure
 * leaves the query empty and the hook fetches in the browser.
 *
 * @example await prefetchOfferHints(queryClient, client, 'listing', { productIds: ['mug', 'cap'] });
 */
export function prefetchOfferHints(
  queryClient: QueryClient,
  client: PromoClient,
  stage: Stage,
  options: UseOfferHintsOptions = {},
): Promise<void> {
  return queryClient.prefetchQuery(
    qualificationsOptions(client, {
      stage,
      cart: options.cart ?? { lines: [] },
      ...(options.productIds ? { productIds: [...options.productIds] } : {}),
    }),
  );
}
