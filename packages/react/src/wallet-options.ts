import { type PromoClient, type PromoError, type WalletResponse, promoKeys } from '@promokit/core';
import { queryOptions } from '@tanstack/react-query';

import type { PromoQueryOptions } from './promo-query-options.js';
import { retryTransient } from './retry-transient.js';

/** Query options for the signed-in shopper's wallet: codes, gift cards and loyalty points. */
export function walletOptions(
  client: PromoClient,
): PromoQueryOptions<WalletResponse, ReturnType<typeof promoKeys.wallet>> {
  return queryOptions<WalletResponse, PromoError, WalletResponse, ReturnType<typeof promoKeys.wallet>>({
    queryKey: promoKeys.wallet(),
    queryFn: ({ signal }) => client.wallet({ signal }),
    staleTime: 60_000,
    retry: retryTransient,
  });
}
