import type { PromoError, WalletResponse } from '@promokit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';

import { usePromoContext } from './promo-context.js';
import { walletOptions } from './wallet-options.js';

/**
 * The signed-in shopper's codes, gift cards and loyalty points, for one-click apply; empty for a
 * guest. Refreshed after a redemption or rollback and on live updates.
 */
export function useWallet(): UseQueryResult<WalletResponse, PromoError> {
  const { client } = usePromoContext('useWallet');
  return useQuery(walletOptions(client));
}
