'use client'; // in a Next.js App Router app, e.g. app/providers.tsx rendered by app/layout.tsx

import { createPromoClient } from '@promokit/core';
import { type PromoEvent, PromoLiveUpdates, PromoProvider } from '@promokit/react';
import { QueryClient, QueryClientProvider, isServer } from '@tanstack/react-query';
import type { ReactNode } from 'react';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const track = (event: PromoEvent): void => console.info(event.name, event.properties); // your analytics

// TanStack Query's pattern for server rendering: a new cache for every server render, so no
// shopper's data reaches another's page, and one for the life of the browser tab.
let browserQueryClient: QueryClient | undefined;
function queryClientHere(): QueryClient {
  if (isServer) return new QueryClient();
  return (browserQueryClient ??= new QueryClient());
}

export function Shop({ children }: { children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={queryClientHere()}>
      <PromoProvider client={client} locale="de-DE" currency="EUR" onEvent={track} persistCodes="local">
        <PromoLiveUpdates url="/api/promotions/events" />
        {children}
      </PromoProvider>
    </QueryClientProvider>
  );
}
