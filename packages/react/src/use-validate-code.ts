import type { PromoError, ValidateRequest, ValidateResponse } from '@promokit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';
import { validateMutationOptions } from './validate-mutation-options.js';

/**
 * Validates codes against a cart on demand (a submit, not a render), e.g. for a storefront's own
 * code field. {@link usePromoCart} keeps a cart's applied codes on top of the same route.
 */
export function useValidateCode(): UseMutationResult<ValidateResponse, PromoError, ValidateRequest> {
  const { client } = usePromoContext('useValidateCode');
  return useMutation(validateMutationOptions(client));
}
