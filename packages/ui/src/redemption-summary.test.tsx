import { type RedeemResponse, createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { PromoMessages } from './promo-messages.js';
import { RedemptionSummary } from './redemption-summary.js';
import {
  type Lang,
  asMatched,
  baseUrl,
  describedPairs,
  kettleAndCap,
  kettleAndCapPrice,
  localeOf,
  money,
  shippingRate,
  signIn,
  spoken,
  busyPartOf,
} from './test-support/demo-shop.js';

type Redeemed = Extract<RedeemResponse, { status: 'redeemed' }>;

/**
 * Places an order for a Camp Kettle and a Field Cap as the loyalty member: SAVE5 and free shipping
 * off, 1,000 points and $20.00 of gift card credit paid, and OLDSPRING, which expired, sent along.
 * The redemption is rolled back once `check` is done, so the cards keep their balance.
 */
async function withOrder(check: (order: Redeemed) => Promise<void>): Promise<void> {
  const client = createPromoClient({ baseUrl, headers: { cookie: await signIn('loyalty-member') } });
  const orderId = `summary-${crypto.randomUUID()}`;
  const order = await client.redeem({
    orderId,
    cart: kettleAndCap,
    codes: [
      'SAVE5',
      { code: 'LOYALTY-SAM', points: 1000 },
      { code: 'GIFT-5000-DEMO', amount: 2000 },
      'OLDSPRING',
    ],
  });
  try {
    if (order.status !== 'redeemed') throw new Error(`The order was not redeemed: ${JSON.stringify(order)}`);
    await check(order);
  } finally {
    await client.rollback({ orderId, reason: 'Test order' });
  }
}

function renderIn(lang: Lang, summary: ReactNode) {
  render(
    <PromoProvider client={createPromoClient({ baseUrl })} locale={localeOf(lang)}>
      <PromoMessages catalogue={lang === 'de' ? de : en}>{summary}</PromoMessages>
    </PromoProvider>,
  );
}

const copy = {
  en: {
    heading: 'Your savings',
    saved: (amount: string) => `You saved ${amount}`,
    points: 'Points LOYALTY-SAM',
    giftCard: 'Gift card GIFT-5000-DEMO',
    charged: 'Amount charged',
    earned: (count: number, amount: string) => `You earned ${count} points on ${amount}`,
    rejected: 'This code was not applied',
    expired: 'The code OLDSPRING has expired',
  },
  de: {
    heading: 'Ihre Ersparnis',
    saved: (amount: string) => `Sie haben ${amount} gespart`,
    points: 'Punkte LOYALTY-SAM',
    giftCard: 'Geschenkkarte GIFT-5000-DEMO',
    charged: 'Berechneter Restbetrag',
    earned: (count: number, amount: string) => `Sie haben ${count} Punkte auf ${amount} gesammelt`,
    rejected: 'Dieser Code wurde nicht eingelöst',
    expired: 'Der Code OLDSPRING ist abgelaufen',
  },
};

describe('RedemptionSummary', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`says what the order saved, what the cards paid, what was charged, the points earned and the code left out (${lang})`, async () => {
      await withOrder(async (order) => {
        renderIn(
          lang,
          <RedemptionSummary
            totals={order.totals}
            pointsEarned={order.pointsEarned}
            pointsEarnedOn={order.pointsEarnedOn}
            rejected={order.rejected}
          />,
        );
        const words = copy[lang];
        const summary = within(screen.getByRole('region', { name: words.heading }));

        // Saved: SAVE5 and the shipping charge; the cards paid, and saved nothing.
        const saved = 500 + shippingRate;
        expect(summary.getByText(asMatched(words.saved(money(saved, lang))))).toBeDefined();
        const charged = kettleAndCapPrice + shippingRate - saved - 1000 - 2000;
        const payments = summary.getAllByRole('term')[0]?.closest('dl');
        expect(payments && describedPairs(payments)).toEqual([
          [words.points, money(1000, lang)],
          [words.giftCard, money(2000, lang)],
          [words.charged, money(charged, lang)],
        ]);

        expect(order.pointsEarned).toBeGreaterThan(0);
        // Earned on what was charged besides the cards.
        expect(order.pointsEarnedOn).toBe(charged);
        expect(
          summary.getByText(asMatched(words.earned(order.pointsEarned!, money(charged, lang)))),
        ).toBeDefined();

        const notApplied = summary.getByRole('list', { name: words.rejected });
        expect(
          within(notApplied)
            .getAllByRole('listitem')
            .map((item) => item.textContent),
        ).toEqual([words.expired]);
      });
    });
  }

  it('leaves out what did not happen: no saving, no card, no points, no code left out', async () => {
    // A Field Cap alone, as a guest: nothing off, nothing paid by card.
    const { totals } = await createPromoClient({ baseUrl }).validate({
      cart: { lines: [{ productId: 'cap', quantity: 1 }] },
      codes: [],
    });
    renderIn('en', <RedemptionSummary totals={totals} rejected={[]} />);
    expect(screen.getByRole('region', { name: 'Your savings' }).textContent).toBe('Your savings');
  });

  it('while the order is redeemed, is a busy section read as its heading and "Loading…" alone', async () => {
    const { totals } = await createPromoClient({ baseUrl }).validate({
      cart: { lines: [{ productId: 'cap', quantity: 1 }] },
      codes: ['SAVE5'],
    });
    const client = createPromoClient({ baseUrl });
    const summary = (loading: boolean) => (
      <PromoProvider client={client}>
        <RedemptionSummary totals={totals} referralCode="SAM-FRIEND" loading={loading} />
      </PromoProvider>
    );
    const { rerender } = render(summary(true));
    const section = screen.getByRole('region', { name: 'Your savings' });
    expect(busyPartOf(screen.getByRole('status'))).toBe(section);
    expect(spoken(section)).toBe('Your savingsLoading…');
    expect(screen.queryByRole('button')).toBeNull();

    rerender(summary(false));
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByText(asMatched(`You saved ${money(totals.discount, 'en')}`))).toBeDefined();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it.each<[Lang, string, string]>([
    [
      'en',
      'Your points bought 5.00 off: your code THANKS-A',
      'Your points bought A Trail Mug, in this order',
    ],
    [
      'de',
      'Für Ihre Punkte: 5.00 off, Ihr Code THANKS-A',
      'Für Ihre Punkte: A Trail Mug, in dieser Bestellung',
    ],
  ])(
    'says what the points bought: the coupon with its code, the product in the order (%s)',
    (lang, coupon, product) => {
      renderIn(
        lang,
        <RedemptionSummary
          rewards={[
            {
              code: 'LOYALTY-SAM',
              id: 'rew_Thanks',
              name: '5.00 off',
              kind: 'coupon',
              points: 500,
              coupon: 'THANKS-A',
            },
            {
              code: 'LOYALTY-SAM',
              id: 'rew_Mug',
              name: 'A Trail Mug',
              kind: 'product',
              points: 1000,
              productId: 'mug',
            },
          ]}
        />,
      );
      const section = screen.getByRole('region');
      const said = [...section.querySelectorAll('[data-part="reward"]')].map((part) => part.textContent);
      expect(said).toEqual([coupon, product]);
    },
  );

  it('names a code the promotions service could not apply when the order was placed', async () => {
    const { totals } = await createPromoClient({ baseUrl }).validate({
      cart: { lines: [{ productId: 'cap', quantity: 1 }] },
      codes: [],
    });
    renderIn(
      'de',
      <RedemptionSummary
        totals={totals}
        rejected={[{ reason: 'promotions_unavailable', code: 'WELCOME10' }]}
      />,
    );
    expect(
      screen.getByText('WELCOME10 wurde nicht eingelöst: Aktionen waren bei der Bestellung nicht verfügbar'),
    ).toBeDefined();
  });
});
