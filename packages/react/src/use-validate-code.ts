import type { ValidateRequest, ValidateResponse } from '@promokit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';

/**
 * Validates codes against a cart on demand (a submit, not a render), e.g. for a storefront's own
 * code field. {@link usePromoCart} builds on it.
 */
export function useValidateCode(): UseMutationResult<ValidateResponse, Error, ValidateRequest> {
  const { client } = usePromoContext('useValidateCode');
  return useMutation({ mutationFn: (request: ValidateRequest) => client.validate(request) });
}
