import { type Cart, type CodeEntry, type PromoClient, promoKeys } from '@promokit/core';
import { qualificationsOptions, usePromoContext, validationOptions, walletOptions } from '@promokit/react';
import { type QueryClient, useIsMutating, useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

// A product page's offers, fetched before the shopper opens it (a route loader, a hover).
export function prefetchCapOffers(queryClient: QueryClient, client: PromoClient, cart: Cart): Promise<void> {
  return queryClient.prefetchQuery(
    qualificationsOptions(client, { stage: 'product', cart, productIds: ['cap'] }),
  );
}

// The cart's last answer, typed ValidateResponse | undefined.
export function lastAnswer(
  queryClient: QueryClient,
  client: PromoClient,
  cart: Cart,
  codes: readonly CodeEntry[],
) {
  return queryClient.getQueryData(validationOptions(client, cart, codes).queryKey);
}

export function WalletSummary(): ReactNode {
  const { client } = usePromoContext('WalletSummary');
  const { data } = useSuspenseQuery(walletOptions(client));
  const placing = useIsMutating({ mutationKey: promoKeys.redeem() }) > 0; // an order is being placed
  return placing ? null : <p>{data.entries.length} codes in your wallet</p>;
}
