import type { PromoClient } from '@promokit/core';
import { PromoProvider, usePromoContext } from '@promokit/react';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

/**
 * Promotions of their own below it: a code store and query cache of their own, so codes applied in
 * one state do not reach the carts of the others. The story's locale and currency, and its client
 * unless `client` is given.
 */
export function PromoScope({ client, children }: { client?: PromoClient; children: ReactNode }): ReactNode {
  const outer = usePromoContext('PromoScope');
  const [queryClient] = useState(() => new QueryClient());
  return (
    <PromoProvider
      client={client ?? outer.client}
      queryClient={queryClient}
      locale={outer.locale}
      currency={outer.currency}
      codeMatching={outer.codeMatching}
      persistCodes="none"
    >
      {children}
    </PromoProvider>
  );
}
