import { type PromoError, type RedeemRequest, type RedeemResponse, promoKeys } from '@promokit/core';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';
import { redeemMutationOptions } from './redeem-mutation-options.js';

/**
 * Redeems a cart's codes when the order is placed, once per order id. A `rejected` answer means a
 * code stopped applying since it was validated and nothing was booked. Balances and offers that
 * the redemption used up are refreshed.
 */
export function useRedeem(): UseMutationResult<RedeemResponse, PromoError, RedeemRequest> {
  const { client } = usePromoContext('useRedeem');
  const queryClient = useQueryClient();
  return useMutation({
    ...redeemMutationOptions(client),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: promoKeys.wallet() }),
        queryClient.invalidateQueries({ queryKey: promoKeys.qualifications() }),
      ]),
  });
}
