import { createPromoClient } from '@promokit/core';
import { type PromoEvent, PromoLiveUpdates, PromoProvider } from '@promokit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const queryClient = new QueryClient();
const track = (event: PromoEvent): void => console.info(event.name, event.properties); // your analytics

export function Shop({ children }: { children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <PromoProvider client={client} locale="de-DE" currency="EUR" onEvent={track} persistCodes="local">
        <PromoLiveUpdates url="/api/promotions/events" />
        {children}
      </PromoProvider>
    </QueryClientProvider>
  );
}
