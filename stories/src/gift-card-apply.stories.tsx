import type { Cart, ValidateResponse } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, GiftCardApply, OrderTotals } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { oneMug } from './story-cart.js';
import { storyClient } from './story-offers.js';
import {
  ScopedStates,
  StateGrid,
  StatePanel,
  statePanel,
  type StateQueries,
  SubmitWhen,
  darkRightToLeft,
  expectLoading,
  expectNoShift,
} from './story-states.js';

/** A Canvas Tote and a Field Cap, $65.00 and $6.95 of shipping: more than the gift card's $50.00 balance. */
const toteAndCapCart: Cart = {
  lines: [
    { productId: 'tote', quantity: 1 },
    { productId: 'cap', quantity: 1 },
  ],
};

/**
 * The loyalty member's gift card from their wallet, used in part on the order: the amount chosen
 * is validated by the real BFF, which prices the order with that much of the card, and removing it
 * validates the order without the card.
 */
function GiftCardOnOrder(): ReactNode {
  const wallet = useWallet();
  const promo = usePromoCart(toteAndCapCart);
  const [result, setResult] = useState<ValidateResponse>();
  const card = wallet.data?.entries.find((entry) => entry.kind === 'gift_card');
  if (!card?.balance || !promo.totals) return <p>Loading the wallet…</p>;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '24rem' }}>
      <GiftCardApply
        code={card.code}
        balance={card.balance}
        max={promo.totals.total}
        onApply={(amount) =>
          void storyClient
            .validate({ cart: toteAndCapCart, codes: [{ code: card.code, amount }] })
            .then(setResult)
        }
      />
      <AppliedDiscounts
        applied={result?.applied ?? []}
        onRemove={() => void storyClient.validate({ cart: toteAndCapCart, codes: [] }).then(setResult)}
      />
      <OrderTotals totals={result?.totals ?? promo.totals} />
    </div>
  );
}

const meta = {
  title: 'Checkout/GiftCardApply',
  component: GiftCardOnOrder,
  parameters: { persona: 'loyalty-member' },
} satisfies Meta<typeof GiftCardOnOrder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole balance by default, an amount over it refused, then part of it used, by keyboard. */
export const PartialUse: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: 'Amount to use from GIFT-5000-DEMO' });
    await expect(field).toHaveValue('50');
    await expect(field).toHaveAccessibleDescription('Balance $50.00');
    await expect(canvas.getByRole('button', { name: 'Use $50.00' })).toBeVisible();

    await userEvent.clear(field);
    await userEvent.type(field, '80{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Enter an amount above 0 and up to $50.00'),
    );
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(field);
    await userEvent.type(field, '20');
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Use $20.00' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    // The card pays part of the $71.95 total: $51.95 is left to pay.
    await expect(await canvas.findByText('GIFT-5000-DEMO · pays $20.00')).toBeVisible();
    await expect(await canvas.findByText('$51.95', { selector: '[data-row="due"] dd' })).toBeVisible();
    await expect(canvas.getByText('$71.95', { selector: '[data-row="total"] dd' })).toBeVisible();

    // Removed, nothing is paid by card.
    await userEvent.click(canvas.getByRole('button', { name: 'Remove GIFT-5000-DEMO' }));
    await waitFor(() => expect(canvas.queryByText('To pay')).toBeNull());
    await expect(canvas.getByText('$71.95', { selector: '[data-row="total"] dd' })).toBeVisible();
  },
};

/**
 * The loyalty member's gift card on `cart`, at most the order's total from the real BFF, starting
 * at `defaultValue` when given, a skeleton until the wallet and the totals answer; with `submit`,
 * that amount is submitted once they have.
 */
function GiftCardOnCart(props: { cart: Cart; defaultValue?: number; submit?: boolean }): ReactNode {
  const { cart, defaultValue, submit = false } = props;
  const wallet = useWallet();
  const promo = usePromoCart(cart);
  const card = wallet.data?.entries.find((entry) => entry.kind === 'gift_card');
  const ready = card?.balance !== undefined && promo.totals !== undefined;
  return (
    <SubmitWhen when={submit && ready}>
      <GiftCardApply
        code={card?.code ?? ''}
        balance={ready ? card?.balance : undefined}
        max={promo.totals?.total}
        defaultValue={defaultValue}
        onApply={(amount) => card && void promo.apply({ code: card.code, amount })}
      />
    </SubmitWhen>
  );
}

/**
 * Loading (the balance not there yet: a skeleton as tall as the form will be, marked busy); the
 * $50.00 card on a $65.00 order (all of it by default), on a $25.00 order (no more than the
 * total), part of it chosen, and an amount over the balance refused; a card without balance, and one
 * on an order with nothing left to pay, where Use stays disabled.
 */
export const States: Story = {
  render: () => (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the card will appear">
        <GiftCardApply code="GIFT-5000-DEMO" balance={undefined} onApply={() => undefined} />
      </StatePanel>
      <ScopedStates
        component={GiftCardOnCart}
        states={{
          'The whole balance': { cart: toteAndCapCart },
          'Up to the order total': { cart: oneMug },
          'Part of the balance': { cart: toteAndCapCart, defaultValue: 2000 },
          'More than the balance': { cart: toteAndCapCart, defaultValue: 8000, submit: true },
        }}
      />
      <StatePanel title="Zero balance: nothing to use">
        <GiftCardApply code="GIFT-5000-DEMO" balance={0} onApply={() => undefined} />
      </StatePanel>
      <StatePanel title="Disabled: nothing left to pay">
        <GiftCardApply code="GIFT-5000-DEMO" balance={5000} max={0} onApply={() => undefined} />
      </StatePanel>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    const amount = (panel: StateQueries) =>
      panel.findByRole('textbox', { name: 'Amount to use from GIFT-5000-DEMO' });

    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the card will appear'),
    );
    const zero = await amount(statePanel(canvasElement, 'Zero balance: nothing to use'));
    await expectNoShift(loading, zero.closest('form'));

    const whole = statePanel(canvasElement, 'The whole balance');
    await expect(await amount(whole)).toHaveValue('50');
    await expect(await amount(whole)).toHaveAccessibleDescription('Balance $50.00');
    await expect(whole.getByRole('button', { name: 'Use $50.00' })).toBeVisible();
    await expect((await amount(whole)).closest('form')).toHaveAttribute('data-state', 'valid');

    const capped = statePanel(canvasElement, 'Up to the order total');
    // A Trail Mug and its shipping: $25.00 + $6.95.
    await expect(await amount(capped)).toHaveValue('31.95');
    await expect(capped.getByRole('button', { name: 'Use $31.95' })).toBeVisible();

    const part = statePanel(canvasElement, 'Part of the balance');
    await expect(await amount(part)).toHaveValue('20');
    await expect(part.getByRole('button', { name: 'Use $20.00' })).toBeVisible();
    await expect(part.getByRole('alert')).toBeEmptyDOMElement();

    const over = statePanel(canvasElement, 'More than the balance');
    await expect(await amount(over)).toHaveValue('80');
    await waitFor(() =>
      expect(over.getByRole('alert')).toHaveTextContent('Enter an amount above 0 and up to $50.00'),
    );
    await expect(await amount(over)).toHaveAttribute('aria-invalid', 'true');
    await expect(await amount(over)).toHaveAccessibleDescription(
      'Balance $50.00 Enter an amount above 0 and up to $50.00',
    );
    await expect((await amount(over)).closest('form')).toHaveAttribute('data-state', 'invalid');

    for (const [name, balance] of [
      ['Zero balance: nothing to use', 'Balance $0.00'],
      ['Disabled: nothing left to pay', 'Balance $50.00'],
    ] as const) {
      const empty = statePanel(canvasElement, name);
      await expect(await amount(empty)).toHaveValue('0');
      await expect(await amount(empty)).toHaveAccessibleDescription(balance);
      const use = empty.getByRole('button', { name: 'Use this amount' });
      await expect(use).toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(use);
      await expect(empty.getByRole('alert')).toBeEmptyDOMElement();
    }
  },
};

/**
 * The same states in the dark theme and in Arabic, right to left, as the toolbar's Theme and Locale
 * set them: rendered and checked by axe there too.
 */
export const StatesDarkRightToLeft: Story = {
  ...States,
  ...darkRightToLeft,
};
