import { type Cart, type PromoClient, promoKeys } from '@promokit/core';
import { queryOptions } from '@tanstack/react-query';

/**
 * Query options for the validation of `codes` on `cart`: the unit of reuse for reading, prefetching
 * and invalidating. A cart change is a new key, so an answer for an older cart is never shown.
 */
export function validationOptions(client: PromoClient, cart: Cart, codes: readonly string[]) {
  return queryOptions({
    queryKey: promoKeys.validation(cart, codes),
    queryFn: ({ signal }) => client.validate({ cart, codes: [...codes] }, { signal }),
    staleTime: 30_000,
  });
}
