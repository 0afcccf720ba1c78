import { type ValidateResponse, formatMoney } from '@promokit/core';
import { OrderTotals } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

import {
  StoryValidation,
  cardPayments,
  kettleAndCap,
  sixtyDollarCart,
  thirtyDollarCart,
} from './story-cart.js';
import { storyClient } from './story-offers.js';
import { StateGrid, StatePanel, statePanel, type StateQueries, darkRightToLeft } from './story-states.js';

/**
 * Totals the real BFF prices: a $30.00 cart that pays shipping, a $75.00 one that ships free, a
 * $60.00 one with WELCOME10 and SAVE5, and the $75.00 one paid partly by the loyalty member's points
 * and gift card.
 */
const meta = {
  title: 'Checkout/OrderTotals',
  component: OrderTotals,
  // The cards are the loyalty member's: only their session may use them.
  parameters: { persona: 'loyalty-member' },
  loaders: [
    async () => ({
      paidShipping: await storyClient.validate({ cart: thirtyDollarCart, codes: [] }),
      freeShipping: await storyClient.validate({ cart: kettleAndCap, codes: [] }),
      discounted: await storyClient.validate({ cart: sixtyDollarCart, codes: ['WELCOME10', 'SAVE5'] }),
    }),
  ],
  args: { totals: undefined },
} satisfies Meta<typeof OrderTotals>;

export default meta;
type Story = StoryObj<typeof meta>;

interface Loaded {
  paidShipping: ValidateResponse;
  freeShipping: ValidateResponse;
  discounted: ValidateResponse;
}

const usd = (amount: number) => formatMoney(amount, 'USD', 'en-US');

/** Each row's term and what is read out of its value (the struck-through charge is not), in order. */
const rows = (panel: StateQueries): string[][] =>
  panel.getAllByRole('term').map((term) => {
    const value = term.nextElementSibling?.cloneNode(true) as Element | undefined;
    value?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return [term.textContent ?? '', value?.textContent?.trim() ?? ''];
  });

/** The totals' list, which carries their state. */
const totalsList = (panel: StateQueries) => panel.getAllByRole('term')[0]?.closest('dl');

/**
 * Loading (no totals yet: the space is kept and marked busy); shipping charged; shipping free (the
 * charge struck through); a discount on goods; and gift card credit and points paying part of the
 * total, with what is left to pay. The demo BFF prices in its catalog's one currency, so there is
 * no other currency to show.
 */
export const States: Story = {
  render: (args, { loaded }) => {
    const { paidShipping, freeShipping, discounted } = loaded as Loaded;
    return (
      <StateGrid>
        <StatePanel title="Loading: a skeleton where the amounts will appear">
          <OrderTotals {...args} />
        </StatePanel>
        <StatePanel title="Shipping charged">
          <OrderTotals totals={paidShipping.totals} />
        </StatePanel>
        <StatePanel title="Free shipping">
          <OrderTotals totals={freeShipping.totals} />
        </StatePanel>
        <StatePanel title="With discount">
          <OrderTotals totals={discounted.totals} />
        </StatePanel>
        <StatePanel title="Paid by points and a gift card">
          <StoryValidation cart={kettleAndCap} codes={cardPayments}>
            {(answer) => <OrderTotals totals={answer.totals} />}
          </StoryValidation>
        </StatePanel>
      </StateGrid>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { discounted } = loaded as Loaded;
    const loading = statePanel(canvasElement, 'Loading: a skeleton where the amounts will appear');
    await expect(rows(loading)).toEqual([
      ['Subtotal', '—'],
      ['Total', '—'],
    ]);
    await expect(totalsList(loading)).toHaveAttribute('aria-busy', 'true');
    await expect(totalsList(loading)).toHaveAttribute('data-state', 'loading');

    const charged = statePanel(canvasElement, 'Shipping charged');
    await expect(rows(charged)).toEqual([
      ['Subtotal', '$30.00'],
      ['Shipping', '$6.95'],
      ['Total', '$36.95'],
    ]);
    await expect(totalsList(charged)).toHaveAttribute('data-state', 'ready');

    const free = statePanel(canvasElement, 'Free shipping');
    await expect(rows(free)).toEqual([
      ['Subtotal', '$75.00'],
      ['Shipping', 'Free (was $6.95)'],
      ['Total', '$75.00'],
    ]);
    // Struck through on screen, read out after "Free".
    const struck = free.getByText('$6.95', { selector: 's' });
    await expect(struck).toBeVisible();
    await expect(struck).toHaveAttribute('aria-hidden', 'true');

    const withDiscount = statePanel(canvasElement, 'With discount');
    const { totals } = discounted;
    await expect(rows(withDiscount)).toEqual([
      ['Subtotal', '$60.00'],
      ['Shipping', '$6.95'],
      ['Discount', usd(-(totals.discount - totals.shippingDiscount))],
      ['Total', usd(totals.total)],
    ]);
    await expect(totalsList(withDiscount)).toHaveAttribute('aria-busy', 'false');

    const paid = statePanel(canvasElement, 'Paid by points and a gift card');
    await waitFor(() => expect(paid.getAllByRole('term')).toHaveLength(6));
    await expect(rows(paid)).toEqual([
      ['Subtotal', '$75.00'],
      ['Shipping', 'Free (was $6.95)'],
      ['Total', '$75.00'],
      ['Points LOYALTY-SAM', '−\u2060$10.00'],
      ['Gift card GIFT-5000-DEMO', '−\u2060$20.00'],
      ['To pay', '$45.00'],
    ]);
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
