import type { PromoError, QualificationsRequest, QualificationsResponse } from '@promokit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';
import { qualificationsOptions } from './qualifications-options.js';

/**
 * The offers of a journey stage for a cart and the products on screen. Components asking for the
 * same stage, cart and products share one request.
 *
 * @example const { data } = useQualifications({ stage: 'product', cart, productIds: [product.id] });
 */
export function useQualifications(
  request: QualificationsRequest,
): UseQueryResult<QualificationsResponse, PromoError> {
  const { client } = usePromoContext('useQualifications');
  return useQuery(qualificationsOptions(client, request));
}
