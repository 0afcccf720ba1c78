import {
  type PromoClient,
  type PromoError,
  type RollbackRequest,
  type RollbackResponse,
  promoKeys,
} from '@promokit/core';
import { mutationOptions } from '@tanstack/react-query';

import { retryTransient } from './retry-transient.js';

/**
 * Mutation options for rolling an order's redemption back, e.g. when payment fails. Rolling back
 * twice answers the same, so transport failures are retried safely.
 */
export function rollbackMutationOptions(client: PromoClient) {
  return mutationOptions<RollbackResponse, PromoError, RollbackRequest>({
    mutationKey: promoKeys.rollback(),
    mutationFn: (request) => client.rollback(request),
    retry: retryTransient,
  });
}
