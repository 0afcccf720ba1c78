import { type PromoError, type RedeemRequest, type RedeemResponse, promoKeys } from '@promokit/core';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';
import { redeemMutationOptions } from './redeem-mutation-options.js';

/**
 * Redeems a cart's codes when the order is placed, once per order id. Send `expectedDue`, the
 * `totals.due` the shopper was shown, so that the order is never charged another amount:
 *
 * - `redeemed`: booked; codes that stopped applying are in `rejected` and the order went on
 *   without them, at `totals`;
 * - `rejected`: the order would now cost other than `expectedDue` (a code expired, the cart's
 *   promotions changed); nothing was booked, and the cart's validations are refreshed so the new
 *   totals are on screen before the shopper places the order again.
 *
 * Balances and offers that a redemption used up are refreshed.
 */
export function useRedeem(): UseMutationResult<RedeemResponse, PromoError, RedeemRequest> {
  const { client } = usePromoContext('useRedeem');
  const queryClient = useQueryClient();
  return useMutation({
    ...redeemMutationOptions(client),
    onSuccess: (response) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: promoKeys.wallet() }),
        queryClient.invalidateQueries({ queryKey: promoKeys.qualifications() }),
        ...(response.status === 'rejected'
          ? [queryClient.invalidateQueries({ queryKey: promoKeys.validations() })]
          : []),
      ]),
  });
}
