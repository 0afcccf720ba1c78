import { type Cart, createPromoClient, formatMoney } from '@promokit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';

import { CartPage } from './cart-page.js';
import { currency, productById } from './catalog.js';
import { type Language, setLanguage } from './i18n.js';
import { Localized } from './localized.js';

/** The demo BFF the test run's global setup started, on the engine's demo seed. */
const baseUrl = inject('promoBffUrl');

/** A mug, a tote and a rain shell, $189.00: free shipping and the 5% tier apply by themselves. */
const cart: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
    { productId: 'rain-shell', quantity: 1 },
  ],
};

/** An amount as the store writes it in Arabic: a left-to-right isolate, the minus sign first. */
const ARABIC_AMOUNT = /^\u2066(\u2212\u2060)?\d{1,3}(,\d{3})*\.\d{2}\u00a0US\$\u2069$/;

/** Every isolate in `text`. */
const isolates = (text: string) =>
  [...text.matchAll(/\u2066[^\u2066\u2069]*\u2069/g)].map(([found]) => found);

/** Renders the store's cart page in `language`, with WELCOME10 applied, as the store composes it. */
function renderCart(language: Language) {
  setLanguage(language);
  sessionStorage.setItem('promokit:codes', JSON.stringify(['WELCOME10']));
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <Localized client={createPromoClient({ baseUrl })} events={`${baseUrl}/events`}>
        <CartPage cart={cart} />
      </Localized>
    </QueryClientProvider>,
  );
}

describe('the cart page in Arabic', () => {
  it('writes every amount, its own and the kit’s, as one left-to-right isolate with the sign first', async () => {
    const { container } = renderCart('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const applied = await screen.findByRole('region', { name: 'الخصومات المطبّقة' });
    await within(applied).findByText(/^WELCOME10 · /);
    const totals = container.querySelector('[data-scope="order-totals"][data-part="root"]');
    await waitFor(() => expect(totals?.getAttribute('aria-busy')).toBe('false'));

    // What the BFF prices this cart at, for the same guest: the amounts every part must show.
    const priced = await createPromoClient({ baseUrl }).validate({ cart, codes: ['WELCOME10'] });
    const ar = (amount: number) => formatMoney(amount, currency, 'ar');
    const welcome = priced.applied.find((item) => item.code === 'WELCOME10');
    expect(welcome?.discount).toBeGreaterThan(0);
    expect(priced.promotions.length).toBeGreaterThan(0);

    // Lines: each unit price and line price.
    const prices = cart.lines.map((line) => ar(productById(line.productId)?.price ?? 0));
    const shown = (selector: string) =>
      [...container.querySelectorAll(selector)].map((element) => element.textContent);
    expect(shown('.cart-line-unit')).toEqual(prices);
    expect(shown('.cart-line-price')).toEqual(prices);
    // Chips: the code and each automatic promotion, with what it takes off.
    expect(shown('[data-scope="applied-discounts"][data-part="label"]')).toContain(
      `WELCOME10 · ${ar(-(welcome?.discount ?? 0))}`,
    );
    for (const promotion of priced.promotions) {
      const chip = [...applied.querySelectorAll('[data-part="label"]')].find((label) =>
        label.textContent?.endsWith(` · ${ar(-promotion.discount)}`),
      );
      expect(chip, `a chip taking off ${ar(-promotion.discount)}`).toBeDefined();
    }
    // Totals: subtotal, the discount off the goods, the total.
    const values = [...(totals?.querySelectorAll('dd') ?? [])].map((value) => value.textContent);
    const { subtotal, discount, shippingDiscount, total } = priced.totals;
    expect(values).toContain(ar(subtotal));
    expect(values).toContain(ar(-(discount - shippingDiscount)));
    expect(values).toContain(ar(total));

    // Everywhere on the page: every amount is an isolate, and nothing that looks like money is outside one.
    const text = container.textContent ?? '';
    const amounts = isolates(text);
    expect(amounts.length).toBeGreaterThanOrEqual(12);
    for (const amount of amounts) expect(amount).toMatch(ARABIC_AMOUNT);
    const outside = text.replace(/\u2066[^\u2066\u2069]*\u2069/g, '');
    // (The quantity buttons' − is a glyph of its own, never joined to a number.)
    expect(outside).not.toMatch(/\$|US|\u2212\u2060|\d\.\d\d/);
    // Arabic copy: the promotion names are the store's, not the seed's English.
    expect(outside).not.toMatch(/off from|Free shipping|Welcome/);
  });
});
