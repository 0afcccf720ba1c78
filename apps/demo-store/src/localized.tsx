import { type PromoClient, caseInsensitiveCodes, promoKeys } from '@promokit/core';
import { PromoLiveUpdates, PromoProvider } from '@promokit/react';
import { PromoMessages } from '@promokit/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';

import { currency, productById } from './catalog.js';
import { LANGUAGES, storeCopy, useLanguage } from './i18n.js';
import { withPromotionNames } from './promotion-named-client.js';

/**
 * The kit and the store in the shopper's language: its copy, its money format, its direction and
 * the names of campaigns and promotions, on `client` (inside a `QueryClientProvider`), with live
 * updates from `events`. Switching language asks for the promotions again, in the new names.
 */
export function Localized({
  client,
  events,
  children,
}: {
  client: PromoClient;
  events: string;
  children: ReactNode;
}): ReactNode {
  const language = useLanguage();
  const { locale, dir, catalogue } = LANGUAGES[language];
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);
  const named = useMemo(
    () => withPromotionNames(client, (english) => storeCopy(language).promotionName(english)),
    [client, language],
  );
  const queryClient = useQueryClient();
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    void queryClient.invalidateQueries({ queryKey: promoKeys.all });
  }, [language, queryClient]);
  const productName = useCallback(
    (id: string): string => storeCopy(language).productName(id, productById(id)?.name ?? id),
    [language],
  );
  return (
    // The demo project is case-insensitive: its codes apply however they are typed.
    <PromoProvider client={named} locale={locale} currency={currency} codeMatching={caseInsensitiveCodes}>
      <PromoLiveUpdates url={events} />
      <PromoMessages catalogue={catalogue} productName={productName}>
        {children}
      </PromoMessages>
    </PromoProvider>
  );
}
