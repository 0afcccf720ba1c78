import type { PromoClient, PromoError, ValidateRequest, ValidateResponse } from '@promokit/core';
import { mutationOptions } from '@tanstack/react-query';

/**
 * Mutation options for validating codes on demand (a submit, not a render). Not retried: the
 * shopper is waiting and can submit again.
 */
export function validateMutationOptions(client: PromoClient) {
  return mutationOptions<ValidateResponse, PromoError, ValidateRequest>({
    mutationFn: (request) => client.validate(request),
  });
}
