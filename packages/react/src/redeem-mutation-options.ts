import {
  type PromoClient,
  type PromoError,
  type RedeemRequest,
  type RedeemResponse,
  promoKeys,
} from '@promokit/core';
import { mutationOptions } from '@tanstack/react-query';

import { retryTransient } from './retry-transient.js';

/** How many times an `unknown` answer is asked about again before it is given as it is. */
const UNKNOWN_RETRIES = 2;

/**
 * Mutation options for redeeming a cart's codes when the order is placed. Redeem is idempotent per
 * order id, so transport failures are retried safely, and so is an `unknown` answer (the BFF could
 * not tell whether upstream booked the redemption): the same request, with the same order id, is
 * sent again after the answer's `retryAfter` seconds, twice at most, and the BFF finds out what was
 * booked before booking anything. The mutation resolves with the last answer, which may still be
 * `unknown`.
 */
export function redeemMutationOptions(client: PromoClient) {
  return mutationOptions<RedeemResponse, PromoError, RedeemRequest>({
    mutationKey: promoKeys.redeem(),
    mutationFn: async (request) => {
      let answer = await client.redeem(request);
      for (let retry = 0; answer.status === 'unknown' && retry < UNKNOWN_RETRIES; retry++) {
        const wait = answer.retryAfter * 1000;
        await new Promise((resolve) => setTimeout(resolve, wait));
        answer = await client.redeem(request);
      }
      return answer;
    },
    retry: retryTransient,
  });
}
