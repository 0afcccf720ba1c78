import catalog from '@promokit/bff/demo-catalog.json' with { type: 'json' };
import { type Cart, createPromoClient, formatMoney } from '@promokit/core';
import { afterEach, inject } from 'vitest';

/** Base URL of the demo BFF the test run's global setup started. */
export const baseUrl = inject('promoBffUrl');

/** A product's price in the demo catalog the BFF prices carts from, in minor units. */
export function priceOf(productId: string): number {
  const product = catalog.products.find((item) => item.id === productId);
  if (!product) throw new Error(`No ${productId} in the demo catalog`);
  return product.price;
}

/** The demo catalog's flat shipping rate, charged on any cart with goods, in minor units. */
export const shippingRate = catalog.shipping.flatRate;

/** A Camp Kettle and a Field Cap, $75.00 of goods: the free-shipping promotion applies. */
export const kettleAndCap: Cart = {
  lines: [
    { productId: 'camp-kettle', quantity: 1 },
    { productId: 'cap', quantity: 1 },
  ],
};

/** What {@link kettleAndCap}'s goods cost, in minor units. */
export const kettleAndCapPrice = priceOf('camp-kettle') + priceOf('cap');

/** The languages the tests read the components in. */
export type Lang = 'en' | 'de';

/** The locale each language's money is written in. */
export const localeOf = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-US');

/** Demo money (the catalog's dollars) as the language writes it; German puts a no-break space before the sign. */
export const money = (amount: number, lang: Lang) => formatMoney(amount, catalog.currency, localeOf(lang));

/** Text as Testing Library matches it: every run of spaces one plain space. */
export const asMatched = (text: string) => text.replace(/\s+/g, ' ');

/** The text a screen reader reads of `element`: all of it but what is hidden from it. */
export function spoken(element: Element): string {
  const read = (node: Node): string =>
    node.nodeType === node.TEXT_NODE
      ? (node.textContent ?? '')
      : node instanceof Element && node.getAttribute('aria-hidden') === 'true'
        ? ''
        : [...node.childNodes].map(read).join('');
  return read(element)
    .replace(/[ \n]+/g, ' ')
    .trim();
}

/** Each term of a description list with what is read out of its value, in order. */
export function describedPairs(list: Element): string[][] {
  return [...list.querySelectorAll('dt')].map((term) => [
    spoken(term),
    term.nextElementSibling ? spoken(term.nextElementSibling) : '',
  ]);
}

const sessions: string[] = [];

/**
 * Signs in to the demo BFF as `persona` and answers the session cookie (Node's fetch keeps none).
 * After the test, a validation without codes gives back what the session reserved (gift card
 * credit, points), as removing the last code does.
 */
export async function signIn(persona: string): Promise<string> {
  const response = await fetch(`${baseUrl}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`Signing in as ${persona} answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  sessions.push(cookie);
  return cookie;
}

afterEach(async () => {
  for (const cookie of sessions.splice(0)) {
    await createPromoClient({ baseUrl, headers: { cookie } }).validate({ cart: { lines: [] }, codes: [] });
  }
});

/**
 * The part a "Loading…" status stands in: the root marked busy around it, in its loading state,
 * after checking that nothing in it can be reached or used while it loads.
 */
export function busyPartOf(status: HTMLElement): HTMLElement {
  const root = status.closest<HTMLElement>('[aria-busy="true"]');
  if (!root) throw new Error(`"${status.textContent}" is in no part marked busy`);
  if (root.getAttribute('data-state') !== 'loading') throw new Error('The busy part is not loading');
  if (root.querySelector('button, input, a, select, textarea, [tabindex]')) {
    throw new Error('A loading part holds a control');
  }
  return root;
}
