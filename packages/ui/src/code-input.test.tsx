import { type Cart, caseInsensitiveCodes, createPromoClient, formatMoney } from '@promokit/core';
import { PromoProvider, usePromoCart } from '@promokit/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { describe, expect, inject, it } from 'vitest';

import { AppliedDiscounts } from './applied-discounts.js';
import { CodeInput } from './code-input.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { OrderTotals } from './order-totals.js';
import { PromoMessages } from './promo-messages.js';

const baseUrl = inject('promoBffUrl');
const client = createPromoClient({ baseUrl });

const usd = (amount: number) => formatMoney(amount, 'USD', 'en-US');
/** One line per product, its quantity the times it is named: `['mug', 'mug']` is 2 mugs. */
const cartOf = (productIds: string[]): Cart => ({
  lines: [...new Set(productIds)].map((productId) => ({
    productId,
    quantity: productIds.filter((id) => id === productId).length,
  })),
});

/** What the demo BFF answers for these products and codes, asked directly: what the page must show. */
const serverAnswer = (productIds: string[], codes: string[]) =>
  client.validate({ cart: cartOf(productIds), codes });

/** The chip of `code` applied alone to these products, as the server prices it: "WELCOME10 · −$6.70". */
async function chipFor(productIds: string[], code: string): Promise<string> {
  const applied = (await serverAnswer(productIds, [code])).applied.find((item) => item.code === code);
  if (!applied) throw new Error(`${code} does not apply to ${productIds.join(', ')}`);
  return `${code} · −\u2060${usd(applied.discount)}`;
}

/** What the server says is missing for `code` to apply to these products. */
async function missingFor(productIds: string[], code: string): Promise<string> {
  const rejection = (await serverAnswer(productIds, [code])).rejected.find((item) => item.code === code);
  if (rejection?.reason !== 'cart_below_minimum') throw new Error(`${code} is not below its minimum`);
  return usd(rejection.missingAmount);
}

/** The value of the totals row whose term reads `term`. */
const totalsRow = (term: string) =>
  screen.queryAllByRole('term').find((element) => element.textContent === term)?.nextElementSibling
    ?.textContent;

function Summary({ productIds, defaultValue }: { productIds: string[]; defaultValue?: string }): ReactNode {
  const promo = usePromoCart(cartOf(productIds));
  return (
    <>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="/cart" defaultValue={defaultValue} />
      <AppliedDiscounts applied={promo.applied} promotions={promo.promotions} onRemove={promo.remove} />
      <OrderTotals totals={promo.totals} />
    </>
  );
}

function renderSummaryWith(page: ReactNode) {
  render(
    <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
      {page}
    </PromoProvider>,
  );
  return userEvent.setup();
}

const renderSummary = (productIds: string[]) => renderSummaryWith(<Summary productIds={productIds} />);

async function submit(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.type(screen.getByRole('textbox', { name: 'Promo or gift card code' }), code);
  await user.click(screen.getByRole('button', { name: 'Apply' }));
}

describe('CodeInput with AppliedDiscounts and OrderTotals', () => {
  it('applies a code, shows it as typed in a removable chip and updates the totals', async () => {
    const [chip, withCode, withoutCode] = await Promise.all([
      chipFor(['mug', 'tote'], 'welcome10'),
      serverAnswer(['mug', 'tote'], ['welcome10']),
      serverAnswer(['mug', 'tote'], []),
    ]);
    const user = renderSummary(['mug', 'tote']);
    await submit(user, 'welcome10');

    const applied = await screen.findByRole('region', { name: 'Applied discounts' });
    expect(within(applied).getByText(chip)).toBeDefined();
    await waitFor(() => expect(totalsRow('Total')).toBe(usd(withCode.totals.total)));

    await user.click(within(applied).getByRole('button', { name: 'Remove welcome10' }));
    await waitFor(() => expect(totalsRow('Total')).toBe(usd(withoutCode.totals.total)));
    expect(withoutCode.totals.total).not.toBe(withCode.totals.total);
    expect(screen.queryByRole('region', { name: 'Applied discounts' })).toBeNull();
  });

  it('says a code applies only while the answer shown applies it: not below its minimum, not once removed', async () => {
    const [missing, below] = await Promise.all([
      missingFor(['cap'], 'WELCOME10'),
      serverAnswer(['cap'], ['WELCOME10']),
    ]);
    function Editable(): ReactNode {
      const [productIds, setProductIds] = useState(['tote', 'cap']);
      return (
        <>
          <button type="button" onClick={() => setProductIds(['cap'])}>
            Remove the tote
          </button>
          <button type="button" onClick={() => setProductIds(['tote', 'cap'])}>
            Add the tote back
          </button>
          <Summary productIds={productIds} />
        </>
      );
    }
    const user = renderSummaryWith(<Editable />);
    await submit(user, 'WELCOME10');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('WELCOME10 applied'));

    // The cart falls below the code's minimum: the chip says why, the status no longer says it applies.
    await user.click(screen.getByRole('button', { name: 'Remove the tote' }));
    await waitFor(() => expect(totalsRow('Total')).toBe(usd(below.totals.total)));
    await waitFor(() => expect(status.textContent).toBe(''));
    expect(below.rejected).toContainEqual(
      expect.objectContaining({ code: 'WELCOME10', reason: 'cart_below_minimum' }),
    );
    expect(missing).toBeTruthy();

    // Back above it, then removed: the status says nothing of it.
    await user.click(screen.getByRole('button', { name: 'Add the tote back' }));
    await screen.findByText(/^WELCOME10 · −/);
    await user.click(screen.getByRole('button', { name: 'Remove WELCOME10' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Applied discounts' })).toBeNull());
    expect(status.textContent).toBe('');
  });

  it('explains a rejection in an alert tied to the field', async () => {
    const missing = await missingFor(['cap'], 'WELCOME10');
    const user = renderSummary(['cap']);
    await submit(user, 'WELCOME10');

    const alert = await screen.findByRole('alert');
    await vi_waitForText(alert, `Add ${missing} more to use WELCOME10`);
    const field = screen.getByRole('textbox', { name: 'Promo or gift card code' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('offers the recovery action as a link to the cart', async () => {
    const missing = await missingFor(['cap'], 'WELCOME10');
    const user = renderSummary(['cap']);
    await submit(user, 'WELCOME10');
    const link = await screen.findByRole('link', { name: `Add ${missing} more` });
    expect(link.getAttribute('href')).toBe('/cart');
  });

  it('stacks codes, and moves focus to the next chip after a removal, all by keyboard', async () => {
    const [chip, both] = await Promise.all([
      chipFor(['mug', 'tote'], 'WELCOME10'),
      serverAnswer(['mug', 'tote'], ['WELCOME10', 'save5']),
    ]);
    const user = renderSummary(['mug', 'tote']);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Promo or gift card code' }));
    await user.keyboard('WELCOME10{Enter}');
    await screen.findByText(chip);
    await user.keyboard('save5{Enter}');
    await screen.findByText('save5 · −\u2060$5.00');
    await waitFor(() => expect(totalsRow('Total')).toBe(usd(both.totals.total)));

    const applied = screen.getByRole('region', { name: 'Applied discounts' });
    within(applied).getByRole('button', { name: 'Remove WELCOME10' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(applied).getByRole('button', { name: 'Remove save5' })),
    );
    expect(screen.queryByText(chip)).toBeNull();

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Promo or gift card code' })),
    );
    expect(screen.queryByRole('region', { name: 'Applied discounts' })).toBeNull();
  });

  it('replaces a clashing code: removing it, then checking the new one, with focus kept in the field', async () => {
    const user = renderSummary(['tote', 'cap']);
    await submit(user, 'WELCOME10');
    await screen.findByText(/^WELCOME10 · −/);
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Promo or gift card code' });
    await user.type(field, 'CLEARANCE30{Enter}');

    const recovery = await screen.findByRole('button', { name: 'Remove WELCOME10 and use this' });
    // What the status says, and whether the field takes typing, as each change lands.
    const status = screen.getByRole('status');
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const now = `${status.textContent} (${field.readOnly ? 'read-only' : 'editable'})`;
      if (seen.at(-1) !== now) seen.push(now);
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    await user.click(recovery);
    expect(await screen.findByText('CLEARANCE30 applied')).toBeDefined();
    observer.disconnect();

    expect(seen).toEqual([
      'Removing WELCOME10… (read-only)',
      'Checking CLEARANCE30… (read-only)',
      'CLEARANCE30 applied (editable)',
    ]);
    expect(screen.queryByText(/^WELCOME10 · −/)).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('shows a value the storefront keeps, such as a code from a link, and reports every change', async () => {
    function LinkedCode(): ReactNode {
      const promo = usePromoCart({
        lines: [
          { productId: 'mug', quantity: 1 },
          { productId: 'tote', quantity: 1 },
        ],
      });
      const [code, setCode] = useState('welcome10');
      return (
        <>
          <CodeInput apply={promo.apply} value={code} onValueChange={setCode} />
          <button type="button" onClick={() => setCode('SAVE5')}>
            Use the code from the newsletter
          </button>
          <p data-testid="kept">{code}</p>
          <AppliedDiscounts applied={promo.applied} />
        </>
      );
    }
    render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
        <LinkedCode />
      </PromoProvider>,
    );
    const user = userEvent.setup();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Promo or gift card code' });
    expect(field.value).toBe('welcome10');

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(await chipFor(['mug', 'tote'], 'welcome10'));
    expect(field.value).toBe('');
    expect(screen.getByTestId('kept').textContent).toBe('');

    await user.type(field, 'sav');
    expect(screen.getByTestId('kept').textContent).toBe('sav');
    await user.click(screen.getByRole('button', { name: 'Use the code from the newsletter' }));
    expect(field.value).toBe('SAVE5');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('SAVE5 · −\u2060$5.00');
  });

  it('starts from a default value and keeps its own after that', async () => {
    const user = renderSummaryWith(<Summary productIds={['mug', 'tote']} defaultValue="save5" />);
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Promo or gift card code' });
    expect(field.value).toBe('save5');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('save5 · −\u2060$5.00');
    expect(field.value).toBe('');
  });

  it('shows each code pending while it is added, and why it stopped applying when the cart shrinks', async () => {
    function ShrinkingCart(): ReactNode {
      const [productIds, setProductIds] = useState(['mug', 'tote']);
      const promo = usePromoCart(
        { lines: productIds.map((productId) => ({ productId, quantity: 1 })) },
        { debounceMs: 0 },
      );
      return (
        <>
          <CodeInput apply={promo.apply} onRemove={promo.remove} />
          <button type="button" onClick={() => setProductIds(['cap'])}>
            Swap for a cap
          </button>
          <AppliedDiscounts applied={promo.applied} items={promo.items} onRemove={promo.remove} />
        </>
      );
    }
    const [chip, missing] = await Promise.all([
      chipFor(['mug', 'tote'], 'WELCOME10'),
      missingFor(['cap'], 'WELCOME10'),
    ]);
    render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
        <ShrinkingCart />
      </PromoProvider>,
    );
    // Every state a chip passes through, recorded as the DOM changes: transient states included.
    const states: string[] = [];
    const observer = new MutationObserver(() => {
      for (const chip of document.querySelectorAll('li[data-part="item"]')) {
        const state = `${chip.querySelector('button')?.getAttribute('aria-label')}: ${chip.getAttribute('data-state')}`;
        if (states.at(-1) !== state) states.push(state);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const user = userEvent.setup();
    await submit(user, 'WELCOME10');
    await screen.findByText(chip);
    observer.disconnect();
    expect(states).toEqual(['Updating WELCOME10…: pending', 'Remove WELCOME10: applied']);

    await user.click(screen.getByRole('button', { name: 'Swap for a cap' }));
    const reason = await screen.findByText(`Add ${missing} more to use WELCOME10`);
    expect(reason.closest('li')?.getAttribute('data-state')).toBe('rejected');
    await user.click(screen.getByRole('button', { name: 'Remove WELCOME10' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Applied discounts' })).toBeNull());
  });

  it('names the part used outside its root', () => {
    expect(() => render(<CodeInput.Field />)).toThrow(
      '<CodeInput.Field> must be used inside <CodeInput.Root>.',
    );
    expect(() => render(<CodeInput.Recovery />)).toThrow(
      '<CodeInput.Recovery> must be used inside <CodeInput.Root>.',
    );
  });
});

/** The summary in English or German, as a storefront sets either catalogue. */
function renderSummaryIn(lang: 'en' | 'de', productIds: string[]) {
  render(
    <PromoProvider
      client={client}
      codeMatching={caseInsensitiveCodes}
      persistCodes="none"
      locale={lang === 'de' ? 'de-DE' : 'en-US'}
    >
      <PromoMessages catalogue={lang === 'de' ? de : en}>
        <Summary productIds={productIds} />
      </PromoMessages>
    </PromoProvider>,
  );
  const user = userEvent.setup();
  const field = screen.getByRole('textbox', {
    name: lang === 'de' ? 'Gutschein- oder Geschenkkartencode' : 'Promo or gift card code',
  });
  return {
    /** Types `code`, applies it and waits for its answer: what the alert says, else the status. */
    async apply(code: string): Promise<string> {
      await user.type(field, `${code}{Enter}`);
      await waitFor(() => expect(field.getAttribute('aria-busy')).toBe('false'));
      return screen.getByRole('alert').textContent || (screen.getByRole('status').textContent ?? '');
    },
  };
}

describe('what the shopper is told a code does to the order', () => {
  // Mug, tote and cap make the trail kit, an automatic promotion; with four codes that is the five
  // discounts the demo project lets apply together (free shipping, always combinable, not counted).
  const trailKitAndClub = ['mug', 'tote', 'cap', 'coffee-club'];
  const fourCodes = ['WELCOME10', 'SAVE5', 'BAGS15', 'FREEMONTH'];

  it.each([
    [
      'en',
      '{code} applied',
      'FREEMONTH applied instead of 5% off from 100.00',
      'Only 5 discounts can be used per order',
    ],
    [
      'de',
      '{code} eingelöst',
      'FREEMONTH statt 5% off from 100.00 eingelöst',
      'Pro Bestellung sind nur 5 Rabatte möglich',
    ],
  ] as const)(
    'says in %s that a code combining with every other is one discount too many',
    async (lang, applied, instead, tooMany) => {
      const page = renderSummaryIn(lang, trailKitAndClub);
      for (const code of fourCodes.slice(0, 3))
        expect(await page.apply(code)).toBe(applied.replace('{code}', code));
      // FREEMONTH makes the fifth discount: "Spend 100, save 5%" is left out, and the order costs
      // less with the free month than with the tier.
      expect(await page.apply('FREEMONTH')).toBe(instead);
      expect(await page.apply('BIG25')).toBe(tooMany);
      // No code is named as a clash, and nothing offers to remove one to make way.
      expect(screen.queryByRole('button', { name: /use this|diesen verwenden/ })).toBeNull();
    },
  );

  const threeMugs = ['mug', 'mug', 'mug'];

  it.each([
    ['en', "CLEARANCE30 can't be combined with Buy 2 mugs, get 1 free"],
    ['de', 'CLEARANCE30 ist nicht mit Buy 2 mugs, get 1 free kombinierbar'],
  ] as const)(
    'refuses in %s a code that would cost more by pushing a promotion out, naming it and offering nothing to remove',
    async (lang, text) => {
      const [without, withCode] = await Promise.all([
        serverAnswer(threeMugs, []),
        serverAnswer(threeMugs, ['CLEARANCE30']),
      ]);
      expect(withCode.totals.total).toBeGreaterThan(without.totals.total);
      const page = renderSummaryIn(lang, threeMugs);
      const applied = await screen.findByRole('region', {
        name: lang === 'de' ? 'Angewendete Rabatte' : 'Applied discounts',
      });
      expect(await page.apply('CLEARANCE30')).toBe(text);
      expect(screen.queryByRole('button', { name: /use this|diesen verwenden/ })).toBeNull();
      // The promotion stays applied, and so do the totals shown without the code.
      expect(within(applied).getByText(/^Buy 2 mugs, get 1 free · /)).toBeDefined();
      const total = formatMoney(without.totals.total, 'USD', lang === 'de' ? 'de-DE' : 'en-US');
      expect(totalsRow(lang === 'de' ? 'Gesamt' : 'Total')).toBe(total);
    },
  );

  it.each([
    ['en', 'CLEARANCE30 applied instead of Buy 2 mugs, get 1 free and 5% off from 100.00'],
    ['de', 'CLEARANCE30 statt Buy 2 mugs, get 1 free und 5% off from 100.00 eingelöst'],
  ] as const)('tells in %s which promotions a code that saves more took the place of', async (lang, text) => {
    const productIds = [...threeMugs, 'camp-kettle'];
    const [without, withCode] = await Promise.all([
      serverAnswer(productIds, []),
      serverAnswer(productIds, ['CLEARANCE30']),
    ]);
    expect(withCode.totals.total).toBeLessThan(without.totals.total);
    const page = renderSummaryIn(lang, productIds);
    await page.apply('CLEARANCE30');
    expect(screen.getByRole('status').textContent).toBe(text);
    const total = formatMoney(withCode.totals.total, 'USD', lang === 'de' ? 'de-DE' : 'en-US');
    await waitFor(() => expect(totalsRow(lang === 'de' ? 'Gesamt' : 'Total')).toBe(total));
  });
});

async function vi_waitForText(element: HTMLElement, text: string) {
  await screen.findByText(text);
  expect(element.textContent).toBe(text);
}
