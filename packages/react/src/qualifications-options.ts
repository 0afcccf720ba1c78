import {
  type PromoClient,
  type PromoError,
  type QualificationsRequest,
  type QualificationsResponse,
  promoKeys,
} from '@promokit/core';
import { queryOptions } from '@tanstack/react-query';

import type { PromoQueryOptions } from './promo-query-options.js';
import { retryTransient } from './retry-transient.js';

/**
 * Query options for the offers of a journey stage: what the cart qualifies for and what it is
 * close to. Every component asking for the same stage, cart and products shares one request.
 */
export function qualificationsOptions(
  client: PromoClient,
  request: QualificationsRequest,
): PromoQueryOptions<QualificationsResponse, ReturnType<typeof promoKeys.qualification>> {
  const { stage, cart, productIds } = request;
  return queryOptions<
    QualificationsResponse,
    PromoError,
    QualificationsResponse,
    ReturnType<typeof promoKeys.qualification>
  >({
    queryKey: promoKeys.qualification(stage, cart, productIds),
    queryFn: ({ signal }) => client.qualifications({ stage, cart, productIds }, { signal }),
    staleTime: 60_000,
    retry: retryTransient,
  });
}
