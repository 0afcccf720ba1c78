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
 * - `rejected`: nothing was booked: the order would now cost other than `expectedDue` (a code
 *   expired, the cart's promotions changed), or promotions are unavailable; the cart's validations
 *   are refreshed so the new totals are on screen before the shopper places the order again;
 * - `unknown`: the BFF could not tell whether the redemption was booked (upstream timed out or the
 *   connection dropped). It is retryable: the hook has already sent the same request again, with the
 *   same order id, after `retryAfter` seconds, twice, and the BFF books nothing twice. Charge
 *   nothing yet; tell the shopper their order is being confirmed and call `mutate` again with the
 *   same request (the same `orderId`) after `retryAfter` seconds, until it is `redeemed` or
 *   `rejected`. `totals` are the ones shown, which the order is charged once confirmed.
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
