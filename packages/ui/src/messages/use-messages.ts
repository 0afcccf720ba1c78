import { usePromoContext } from '@promokit/react';
import { createContext, useContext, useMemo } from 'react';

import type { Catalogue } from './catalogue.js';
import { type Messages, createMessages } from './create-messages.js';
import { en } from './en.js';

/** What `<PromoMessages>` puts in context. */
export interface MessagesSettings {
  catalogue: Catalogue;
  productName?: ((productId: string) => string) | undefined;
}

/** The catalogue components read their copy from; English unless a provider sets another. */
export const MessagesContext = createContext<MessagesSettings>({ catalogue: en });

/** Copy from the catalogue in context, and money in the provider's locale and currency. */
export function useMessages(): Messages {
  const { catalogue, productName } = useContext(MessagesContext);
  const { locale, currency } = usePromoContext('useMessages');
  return useMemo(
    () => createMessages(catalogue, locale, currency, productName),
    [catalogue, locale, currency, productName],
  );
}
