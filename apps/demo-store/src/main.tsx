import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';
import './styles.css';

import { createPromoClient } from '@promokit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app.js';
import { Localized } from './localized.js';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const queryClient = new QueryClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Localized client={client} events="/api/promotions/events">
        <App />
      </Localized>
    </QueryClientProvider>
  </StrictMode>,
);
