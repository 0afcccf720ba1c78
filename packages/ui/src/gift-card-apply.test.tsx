import { type Cart, createPromoClient } from '@promokit/core';
import { PromoProvider, usePromoCart, useWallet } from '@promokit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { describe, expect, it } from 'vitest';

import { AppliedDiscounts } from './applied-discounts.js';
import { GiftCardApply } from './gift-card-apply.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { PromoMessages } from './promo-messages.js';
import {
  type Lang,
  asMatched,
  baseUrl,
  busyPartOf,
  localeOf,
  money,
  signIn,
  spoken,
} from './test-support/demo-shop.js';

/** A Canvas Tote and a Field Cap, $65.00 and $6.95 of shipping: more than the card's $50.00 balance. */
const toteAndCap: Cart = {
  lines: [
    { productId: 'tote', quantity: 1 },
    { productId: 'cap', quantity: 1 },
  ],
};

/** The loyalty member's $50.00 card, the demo's, on the order: what it pays shows as its chip. */
function CardOnOrder({ applied }: { applied: number[] }): ReactNode {
  const promo = usePromoCart(toteAndCap);
  return (
    <>
      <GiftCardApply
        code="GIFT-5000-DEMO"
        balance={5000}
        onApply={(amount) => {
          applied.push(amount);
          void promo.apply({ code: 'GIFT-5000-DEMO', amount });
        }}
      />
      <AppliedDiscounts applied={promo.applied} items={promo.items} />
    </>
  );
}

const copy = {
  en: {
    field: 'Amount to use from GIFT-5000-DEMO',
    typed: 'Use this amount',
    use: (amount: string) => `Use ${amount}`,
    pays: (amount: string) => `GIFT-5000-DEMO · pays ${amount}`,
    notANumber: 'Enter the amount as a number, such as 50.00',
    decimals: 'Enter the amount with at most 2 decimals, such as 50.00',
    range: (max: string) => `Enter an amount above 0 and up to ${max}`,
    grouped: '1,234.56',
    finer: '12.345',
    part: '12.5',
  },
  de: {
    field: 'Betrag von GIFT-5000-DEMO verwenden',
    typed: 'Diesen Betrag verwenden',
    use: (amount: string) => `${amount} verwenden`,
    pays: (amount: string) => `GIFT-5000-DEMO · zahlt ${amount}`,
    notANumber: 'Geben Sie den Betrag als Zahl ein, etwa 50,00',
    decimals: 'Geben Sie den Betrag mit höchstens 2 Nachkommastellen ein, etwa 50,00',
    range: (max: string) => `Geben Sie einen Betrag über 0 und bis ${max} ein`,
    grouped: '1.234,56',
    finer: '12,345',
    part: '12,5',
  },
} as const;

async function renderCard(lang: Lang) {
  const cookie = await signIn('loyalty-member');
  const client = createPromoClient({ baseUrl, headers: { cookie } });
  const applied: number[] = [];
  render(
    <PromoProvider client={client} persistCodes="none" locale={localeOf(lang)}>
      <PromoMessages catalogue={lang === 'de' ? de : en}>
        <CardOnOrder applied={applied} />
      </PromoMessages>
    </PromoProvider>,
  );
  const text = copy[lang];
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: text.field });
  const user = userEvent.setup();
  return {
    text,
    field,
    applied,
    /** Types `value` in the emptied field. */
    async type(value: string) {
      await user.clear(field);
      if (value) await user.type(field, value);
    },
    /** The apply button, by what it says. */
    button: (name: string) =>
      screen.getByRole('button', { name: (accessible) => asMatched(accessible) === asMatched(name) }),
    async submit() {
      await user.click(screen.getByRole('button', { name: /Use|verwenden/ }));
    },
    alert: () => asMatched(screen.getByRole('alert').textContent ?? ''),
  };
}

describe('GiftCardApply', () => {
  it('is a busy skeleton, read as "Loading…" alone, until the balance comes, then the form from it', async () => {
    const cookie = await signIn('loyalty-member');
    function MemberCard(): ReactNode {
      const card = useWallet().data?.entries.find((entry) => entry.code === 'GIFT-5000-DEMO');
      return <GiftCardApply code="GIFT-5000-DEMO" balance={card?.balance} onApply={() => undefined} />;
    }
    render(
      <PromoProvider client={createPromoClient({ baseUrl, headers: { cookie } })} persistCodes="none">
        <MemberCard />
      </PromoProvider>,
    );
    const part = busyPartOf(screen.getByRole('status'));
    expect(spoken(part)).toBe('Loading…');
    expect(screen.queryByRole('textbox')).toBeNull();

    // The amount starts from the balance that came: all of it.
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: copy.en.field });
    expect(field.value).toBe('50');
    expect(screen.getByRole('button', { name: `Use ${money(5000, 'en')}` })).toBeDefined();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each(['en', 'de'] as const)(
    'in %s: every amount the field holds is the one the button says and applies; anything else is refused with why',
    async (lang) => {
      const card = await renderCard(lang);
      const { text } = card;
      // The whole balance at first, written as the locale writes numbers.
      expect(card.field.value).toBe('50');
      expect(card.button(text.use(money(5000, lang)))).toBeDefined();

      // $10.00 used: the card pays it on the order.
      await card.type('10');
      await card.submit();
      await screen.findByText(asMatched(text.pays(money(1000, lang))));
      expect(card.applied).toEqual([1000]);

      // Letters: the button names no amount, and applying says the field holds none.
      await card.type('abc');
      expect(card.button(text.typed)).toBeDefined();
      await card.submit();
      expect(card.alert()).toBe(text.notANumber);
      expect(card.field.getAttribute('aria-invalid')).toBe('true');

      // A thousands separator as the locale writes it: read as 1,234.56, over the balance.
      await card.type(text.grouped);
      expect(card.alert()).toBe('');
      expect(card.button(text.use(money(123456, lang)))).toBeDefined();
      await card.submit();
      expect(card.alert()).toBe(asMatched(text.range(money(5000, lang))));

      // Nothing, or less than nothing: refused, and never offered as an amount to use.
      for (const none of ['0', '-5']) {
        await card.type(none);
        expect(card.button(text.typed)).toBeDefined();
        await card.submit();
        expect(card.alert()).toBe(asMatched(text.range(money(5000, lang))));
      }

      // Finer than a cent: refused, never rounded.
      await card.type(text.finer);
      expect(card.button(text.typed)).toBeDefined();
      await card.submit();
      expect(card.alert()).toBe(text.decimals);

      // Nothing typed is no amount either.
      await card.type('');
      await card.submit();
      expect(card.alert()).toBe(text.notANumber);

      // None of those reached the order: it still pays $10.00.
      expect(card.applied).toEqual([1000]);
      expect(screen.getByText(asMatched(text.pays(money(1000, lang))))).toBeDefined();

      // A part of the balance with the locale's decimal separator applies as shown.
      await card.type(text.part);
      expect(card.button(text.use(money(1250, lang)))).toBeDefined();
      await card.submit();
      await screen.findByText(asMatched(text.pays(money(1250, lang))));
      expect(card.applied).toEqual([1000, 1250]);
      await waitFor(() => expect(card.alert()).toBe(''));
    },
  );

  it('shows an amount the storefront sets, and applies what it shows', async () => {
    const applied: number[] = [];
    function Controlled(): ReactNode {
      const [amount, setAmount] = useState(5000);
      return (
        <>
          <GiftCardApply
            code="GIFT-5000-DEMO"
            balance={5000}
            value={amount}
            onValueChange={setAmount}
            onApply={(used) => applied.push(used)}
          />
          <button type="button" onClick={() => setAmount(2000)}>
            Use $20.00 of it
          </button>
        </>
      );
    }
    render(
      <PromoProvider client={createPromoClient({ baseUrl })} persistCodes="none">
        <Controlled />
      </PromoProvider>,
    );
    const user = userEvent.setup();
    const field = screen.getByRole<HTMLInputElement>('textbox', {
      name: 'Amount to use from GIFT-5000-DEMO',
    });
    await user.clear(field);
    await user.type(field, '12.5');
    expect(screen.getByRole('button', { name: 'Use $12.50' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Use $20.00 of it' }));
    expect(field.value).toBe('20');
    await user.click(screen.getByRole('button', { name: 'Use $20.00' }));
    expect(applied).toEqual([2000]);
  });

  for (const [state, balance, max] of [
    ['an empty card', 0, undefined],
    ['nothing left to pay', 5000, 0],
  ] as const) {
    it(`offers nothing to use, and refuses nothing, with ${state}`, async () => {
      const applied: number[] = [];
      render(
        <PromoProvider client={createPromoClient({ baseUrl })} persistCodes="none">
          <GiftCardApply
            code="GIFT-5000-DEMO"
            balance={balance}
            {...(max === undefined ? {} : { max })}
            onApply={(used) => applied.push(used)}
          />
        </PromoProvider>,
      );
      const use = screen.getByRole('button', { name: 'Use this amount' });
      expect(use.getAttribute('aria-disabled')).toBe('true');
      await userEvent.setup().click(use);
      expect(applied).toEqual([]);
      expect(screen.getByRole('alert').textContent).toBe('');
      expect(screen.getByRole('textbox').getAttribute('aria-invalid')).toBe('false');
    });
  }
});
