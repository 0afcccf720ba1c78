import { type PromoErrorCode, isPromoError } from '@promokit/core';

const TRANSIENT: readonly PromoErrorCode[] = ['network', 'unavailable'];

/**
 * The retry policy of every PromoKit query and mutation: transport failures are retried twice;
 * an answer the BFF gave on purpose (a bad request, a rate limit, a contract drift) never is.
 *
 * @internal
 */
export function retryTransient(failureCount: number, error: Error): boolean {
  return failureCount < 2 && isPromoError(error) && TRANSIENT.includes(error.code);
}
