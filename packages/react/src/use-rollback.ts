import { type PromoError, type RollbackRequest, type RollbackResponse, promoKeys } from '@promokit/core';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';
import { rollbackMutationOptions } from './rollback-mutation-options.js';

/**
 * Rolls an order's redemption back, e.g. when payment fails, giving the codes and balances back.
 * Balances and offers are refreshed.
 */
export function useRollback(): UseMutationResult<RollbackResponse, PromoError, RollbackRequest> {
  const { client } = usePromoContext('useRollback');
  const queryClient = useQueryClient();
  return useMutation({
    ...rollbackMutationOptions(client),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: promoKeys.wallet() }),
        queryClient.invalidateQueries({ queryKey: promoKeys.qualifications() }),
      ]),
  });
}
