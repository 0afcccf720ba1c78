import { type Cart, type CodeEntry, createPromoClient } from '@promokit/core';
import { PromoProvider, usePromoCart } from '@promokit/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { type ReactNode, useEffect } from 'react';
import { describe, expect, it } from 'vitest';

import { AppliedDiscounts } from './applied-discounts.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { OrderTotals } from './order-totals.js';
import { PromoMessages } from './promo-messages.js';
import {
  type Lang,
  asMatched,
  baseUrl,
  describedPairs,
  kettleAndCap,
  kettleAndCapPrice,
  localeOf,
  money,
  priceOf,
  shippingRate,
  signIn,
} from './test-support/demo-shop.js';

/** A Field Cap alone, $30.00: shipping is charged. */
const capAlone: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };

/** The loyalty member pays 1,000 points (a cent each in the demo's Trail Rewards) and $20.00 of credit. */
const pointsPaid = 1000;
const creditPaid = 2000;
const payments: CodeEntry[] = [
  { code: 'LOYALTY-SAM', points: pointsPaid },
  { code: 'GIFT-5000-DEMO', amount: creditPaid },
];

/** A checkout's summary with `codes` applied on arrival, one after another: their chips and the totals. */
function Checkout({ cart, codes }: { cart: Cart; codes: readonly CodeEntry[] }): ReactNode {
  const promo = usePromoCart(cart);
  const { apply } = promo;
  useEffect(() => {
    void (async () => {
      for (const code of codes) await apply(code);
    })();
  }, [apply, codes]);
  return (
    <>
      <AppliedDiscounts applied={promo.applied} items={promo.items} />
      <OrderTotals totals={promo.totals} />
    </>
  );
}

const noCodes: CodeEntry[] = [];

/** Renders the checkout for `cart` in English or German, as a guest or signed in with `cookie`. */
function renderCheckout(
  cart: Cart,
  lang: Lang,
  { codes = noCodes, cookie }: { codes?: CodeEntry[]; cookie?: string } = {},
) {
  const client = createPromoClient({ baseUrl, headers: cookie ? { cookie } : {} });
  render(
    <PromoProvider client={client} persistCodes="none" locale={localeOf(lang)}>
      <PromoMessages catalogue={lang === 'de' ? de : en}>
        <Checkout cart={cart} codes={codes} />
      </PromoMessages>
    </PromoProvider>,
  );
}

/** The totals list, once loaded. */
async function loadedTotals(): Promise<HTMLElement> {
  const list = (await screen.findAllByRole('term'))[0]?.closest('dl');
  if (!list) throw new Error('No totals list');
  await waitFor(() => expect(list.getAttribute('aria-busy')).toBe('false'));
  return list;
}

/** The totals once loaded, as [term, what is read out] per row, in order. */
async function totalsRows(): Promise<string[][]> {
  const list = await loadedTotals();
  return describedPairs(list);
}

describe('OrderTotals', () => {
  it('says shipping is free when a promotion takes it all, with the charge struck through and read out', async () => {
    renderCheckout(kettleAndCap, 'en');
    expect(await totalsRows()).toEqual([
      ['Subtotal', money(kettleAndCapPrice, 'en')],
      ['Shipping', `Free (was ${money(shippingRate, 'en')})`],
      ['Total', money(kettleAndCapPrice, 'en')],
    ]);
    const list = await loadedTotals();
    expect(list.getAttribute('aria-live')).toBe('polite');
    const struck = within(list).getByText(money(shippingRate, 'en'), { selector: 's' });
    expect(struck.getAttribute('aria-hidden')).toBe('true');
    expect(struck.closest('[data-row]')?.getAttribute('data-row')).toBe('shipping');
  });

  it('shows as the discount only what comes off the goods, the shipping discount being in the shipping row', async () => {
    renderCheckout(kettleAndCap, 'en', { codes: ['SAVE5'] });
    await screen.findByText('SAVE5 · −\u2060$5.00');
    await waitFor(async () => expect(await totalsRows()).toHaveLength(4));
    expect(await totalsRows()).toEqual([
      ['Subtotal', money(kettleAndCapPrice, 'en')],
      ['Shipping', `Free (was ${money(shippingRate, 'en')})`],
      ['Discount', money(-500, 'en')],
      ['Total', money(kettleAndCapPrice - 500, 'en')],
    ]);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`writes the shipping charge when nothing takes it off (${lang})`, async () => {
      renderCheckout(capAlone, lang);
      const [subtotal, shipping, total] =
        lang === 'de' ? ['Zwischensumme', 'Versand', 'Gesamt'] : ['Subtotal', 'Shipping', 'Total'];
      expect(await totalsRows()).toEqual([
        [subtotal, money(priceOf('cap'), lang)],
        [shipping, money(shippingRate, lang)],
        [total, money(priceOf('cap') + shippingRate, lang)],
      ]);
    });

    it(`lists what points and a gift card pay after the total, then what is left to pay (${lang})`, async () => {
      const cookie = await signIn('loyalty-member');
      renderCheckout(kettleAndCap, lang, { codes: payments, cookie });
      // Each card's chip says what it pays, never a saving.
      const pays = lang === 'de' ? 'zahlt' : 'pays';
      await screen.findByText(asMatched(`GIFT-5000-DEMO · ${pays} ${money(creditPaid, lang)}`));
      expect(screen.getByText(asMatched(`LOYALTY-SAM · ${pays} ${money(pointsPaid, lang)}`))).toBeDefined();

      const copy =
        lang === 'de'
          ? { subtotal: 'Zwischensumme', shipping: 'Versand', free: 'Kostenlos (statt', total: 'Gesamt' }
          : { subtotal: 'Subtotal', shipping: 'Shipping', free: 'Free (was', total: 'Total' };
      const [points, giftCard, due] =
        lang === 'de' ? ['Punkte', 'Geschenkkarte', 'Zu zahlen'] : ['Points', 'Gift card', 'To pay'];
      await waitFor(async () => expect(await totalsRows()).toHaveLength(6));
      expect(await totalsRows()).toEqual([
        [copy.subtotal, money(kettleAndCapPrice, lang)],
        [copy.shipping, `${copy.free} ${money(shippingRate, lang)})`],
        [copy.total, money(kettleAndCapPrice, lang)],
        [`${points} LOYALTY-SAM`, money(-pointsPaid, lang)],
        [`${giftCard} GIFT-5000-DEMO`, money(-creditPaid, lang)],
        [due, money(kettleAndCapPrice - pointsPaid - creditPaid, lang)],
      ]);
    });
  }

  it('keeps its space and says it is busy while the totals load', () => {
    render(
      <PromoProvider client={createPromoClient({ baseUrl })}>
        <OrderTotals totals={undefined} />
      </PromoProvider>,
    );
    const list = screen.getAllByRole('term')[0]?.closest('dl');
    expect(list?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['—', '—']);
  });
});
