import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';
import './styles.css';

import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoLiveUpdates, PromoProvider } from '@promokit/react';
import { PromoMessages, en } from '@promokit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app.js';
import { currency, productById } from './catalog.js';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const queryClient = new QueryClient();
const productName = (id: string): string => productById(id)?.name ?? id;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* The demo project is case-insensitive: its codes apply however they are typed. */}
      <PromoProvider client={client} locale="en-US" currency={currency} codeMatching={caseInsensitiveCodes}>
        <PromoLiveUpdates url="/api/promotions/events" />
        <PromoMessages catalogue={en} productName={productName}>
          <App />
        </PromoMessages>
      </PromoProvider>
    </QueryClientProvider>
  </StrictMode>,
);
