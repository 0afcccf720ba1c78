import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';
import './styles.css';

import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoLiveUpdates, PromoProvider } from '@promokit/react';
import { PromoMessages } from '@promokit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode, useCallback, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app.js';
import { currency, productById } from './catalog.js';
import { LANGUAGES, storeCopy, useLanguage } from './i18n.js';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const queryClient = new QueryClient();

/** The kit and the store in the shopper's language: its copy, its money format and its direction. */
function Localized({ children }: { children: ReactNode }): ReactNode {
  const language = useLanguage();
  const { locale, dir, catalogue } = LANGUAGES[language];
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);
  const productName = useCallback(
    (id: string): string => storeCopy(language).productName(id, productById(id)?.name ?? id),
    [language],
  );
  return (
    // The demo project is case-insensitive: its codes apply however they are typed.
    <PromoProvider client={client} locale={locale} currency={currency} codeMatching={caseInsensitiveCodes}>
      <PromoLiveUpdates url="/api/promotions/events" />
      <PromoMessages catalogue={catalogue} productName={productName}>
        {children}
      </PromoMessages>
    </PromoProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Localized>
        <App />
      </Localized>
    </QueryClientProvider>
  </StrictMode>,
);
