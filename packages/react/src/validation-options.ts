import {
  type Cart,
  type CodeEntry,
  type PromoClient,
  type PromoError,
  type ValidateResponse,
  promoKeys,
} from '@promokit/core';
import { queryOptions } from '@tanstack/react-query';

import type { PromoQueryOptions } from './promo-query-options.js';
import { retryTransient } from './retry-transient.js';
import { wait } from './wait.js';

type ValidationKey = ReturnType<typeof promoKeys.validation>;

/** Extra settings of {@link validationOptions}. */
export interface ValidationQueryOptions {
  /**
   * Milliseconds to wait before sending; a cancellation meanwhile (the cart changed again) sends
   * nothing. For revalidating while the shopper edits the cart. Default 0.
   */
  delay?: number;
}

/**
 * Query options for the validation of `codes` on `cart`: the unit of reuse for reading, prefetching
 * and invalidating. A cart change is a new key, so an answer for an older cart is never shown, and
 * the older request is aborted once nothing reads it.
 */
export function validationOptions(
  client: PromoClient,
  cart: Cart,
  codes: readonly CodeEntry[],
  { delay = 0 }: ValidationQueryOptions = {},
): PromoQueryOptions<ValidateResponse, ValidationKey> {
  // The delay decides when to ask, not what the answer is, so it is no part of the key.
  const validate = async ({ signal }: { signal: AbortSignal }): Promise<ValidateResponse> => {
    await wait(delay, signal);
    return client.validate({ cart, codes: [...codes] }, { signal });
  };
  return queryOptions<ValidateResponse, PromoError, ValidateResponse, ValidationKey>({
    queryKey: promoKeys.validation(cart, codes),
    queryFn: validate,
    staleTime: 30_000,
    retry: retryTransient,
  });
}
