import { formatMoney } from '@promokit/core';
import { usePromoContext } from '@promokit/react';
import { createContext, useContext, useMemo } from 'react';

import { type Catalogue, type MessageKey, interpolate } from './catalogue.js';
import { en } from './en.js';

/** The catalogue components read their copy from; English unless a provider sets another. */
export const MessagesContext = createContext<Catalogue>(en);

/** Localised copy and money for components. */
export interface Messages {
  t(key: MessageKey, values?: Readonly<Record<string, string>>): string;
  money(amount: number, currency?: string): string;
}

/** Copy from the catalogue in context, and money in the provider's locale and currency. */
export function useMessages(): Messages {
  const catalogue = useContext(MessagesContext);
  const { locale, currency } = usePromoContext('useMessages');
  return useMemo(
    () => ({
      t: (key, values) => interpolate(catalogue[key], values),
      money: (amount, inCurrency = currency) => formatMoney(amount, inCurrency, locale),
    }),
    [catalogue, locale, currency],
  );
}
