'use client';

import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { PromoMessages, en } from '@promokit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

import { currency, productById } from '../lib/catalog';

const productName = (id: string): string => productById(id)?.name ?? id;

/** The kit's providers, once for every page: one QueryClient per browser tab (and per server render). */
export function Providers({ children }: { children: ReactNode }): ReactNode {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() => createPromoClient({ baseUrl: '/api/promotions' }));
  return (
    <QueryClientProvider client={queryClient}>
      {/* The demo project is case-insensitive: its codes apply however they are typed. */}
      <PromoProvider client={client} locale="en-US" currency={currency} codeMatching={caseInsensitiveCodes}>
        <PromoMessages catalogue={en} productName={productName}>
          {children}
        </PromoMessages>
      </PromoProvider>
    </QueryClientProvider>
  );
}
