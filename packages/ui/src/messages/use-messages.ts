import { usePromoContext } from '@promokit/react';
import { createContext, useContext, useMemo } from 'react';

import type { Catalogue } from './catalogue.js';
import { type Messages, createMessages } from './create-messages.js';
import { enCheckout } from './en-checkout.js';

/** What `<PromoMessages>` puts in context. */
export interface MessagesSettings {
  catalogue: Catalogue;
  productName?: ((productId: string) => string) | undefined;
}

/** The catalogue set by the nearest `<PromoMessages>`; `null` without one. */
export const MessagesContext = createContext<MessagesSettings | null>(null);

/**
 * Copy from the nearest `<PromoMessages>`' catalogue, and money in the provider's locale and
 * currency. Without `<PromoMessages>` the copy is `english`: by default the English copy of the
 * code input and applied discounts, discounts and rejections only, so a page with only those parts bundles no other
 * copy; pass `en` for the copy of every part.
 */
export function useMessages(english: Partial<Catalogue> = enCheckout): Messages {
  const settings = useContext(MessagesContext);
  const { locale, currency } = usePromoContext('useMessages');
  const catalogue = settings?.catalogue ?? english;
  const productName = settings?.productName;
  return useMemo(
    () => createMessages(catalogue, locale, currency, productName),
    [catalogue, locale, currency, productName],
  );
}
