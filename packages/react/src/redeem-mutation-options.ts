import {
  type PromoClient,
  type PromoError,
  type RedeemRequest,
  type RedeemResponse,
  promoKeys,
} from '@promokit/core';
import { mutationOptions } from '@tanstack/react-query';

import { retryTransient } from './retry-transient.js';

/**
 * Mutation options for redeeming a cart's codes when the order is placed. Redeem is idempotent per
 * order id, so transport failures are retried safely.
 */
export function redeemMutationOptions(client: PromoClient) {
  return mutationOptions<RedeemResponse, PromoError, RedeemRequest>({
    mutationKey: promoKeys.redeem(),
    mutationFn: (request) => client.redeem(request),
    retry: retryTransient,
  });
}
