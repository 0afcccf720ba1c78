import { formatMoney } from '@promokit/core';

import { type Catalogue, type MessageKey, type MessageValues, interpolate } from './catalogue.js';

/** Localised copy, money, numbers and dates for components. */
export interface Messages {
  /** The locale copy is formatted for. */
  locale: string;
  /** The store currency (ISO 4217). */
  currency: string;
  /**
   * The message `key` with its placeholders filled. A plural message picks its form by the numeric
   * `count` value through `Intl.PluralRules`.
   */
  t(key: MessageKey, values?: MessageValues): string;
  /** Integer minor units as money, in the store currency unless another is given. */
  money(amount: number, currency?: string): string;
  /** A number for the locale. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO date as a medium-length date for the locale. */
  date(iso: string): string;
  /** A product's name for the shopper, from its id. */
  product(productId: string): string;
  /** Words as a list for the locale: "WELCOME10 and SAVE5". */
  list(values: readonly string[]): string;
  /** Cart items as a list for the locale: "1 × Trail Mug and 2 × Field Cap". */
  items(items: readonly { productId: string; quantity: number }[]): string;
}

/** Names products by their id when no catalogue lookup is given. */
const productIdAsName = (productId: string): string => productId;

/**
 * Builds {@link Messages} from a catalogue, a locale, the store currency and, optionally, how to
 * name products; no React needed. A key the catalogue lacks reads as the key itself.
 */
export function createMessages(
  catalogue: Partial<Catalogue>,
  locale: string,
  currency: string,
  productName: (productId: string) => string = productIdAsName,
): Messages {
  const plurals = new Intl.PluralRules(locale);
  const number = (value: number, options?: Intl.NumberFormatOptions) => value.toLocaleString(locale, options);
  const messages: Messages = {
    locale,
    currency,
    t(key, values = {}) {
      const message = catalogue[key] ?? key;
      const template =
        typeof message === 'string'
          ? message
          : (message[plurals.select(+values.count! || 0)] ?? message.other);
      return interpolate(template, values, number);
    },
    money: (amount, inCurrency = currency) => formatMoney(amount, inCurrency, locale),
    number,
    date: (iso) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' }),
    product: productName,
    list: (values) => new Intl.ListFormat(locale).format(values),
    items: (items) =>
      messages.list(
        items.map((item) =>
          messages.t('offer.item', { count: item.quantity, product: productName(item.productId) }),
        ),
      ),
  };
  return messages;
}
