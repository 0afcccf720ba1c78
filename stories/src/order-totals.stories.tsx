import type { ValidateResponse } from '@promokit/core';
import { OrderTotals } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { sixtyDollarCart } from './story-cart.js';
import { storyClient } from './story-offers.js';
import { StateGrid, StatePanel, statePanel, type StateQueries } from './story-states.js';

/** Totals the real BFF prices for a $60.00 cart, without codes and with WELCOME10 and SAVE5. */
const meta = {
  title: 'Checkout/OrderTotals',
  component: OrderTotals,
  loaders: [
    async () => ({
      plain: await storyClient.validate({ cart: sixtyDollarCart, codes: [] }),
      discounted: await storyClient.validate({ cart: sixtyDollarCart, codes: ['WELCOME10', 'SAVE5'] }),
    }),
  ],
  args: { totals: undefined },
} satisfies Meta<typeof OrderTotals>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each row's term and value, in order. */
const rows = (panel: StateQueries): string[][] =>
  panel
    .getAllByRole('term')
    .map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']);

/** The totals' list, which carries their state. */
const totalsList = (panel: StateQueries) => panel.getAllByRole('term')[0]?.closest('dl');

/**
 * Loading (no totals yet: the space is kept and marked busy), no discount (no discount row), and a
 * discount. The demo BFF prices in its catalog's one currency, so there is no other currency to show.
 */
export const States: Story = {
  render: (args, { loaded }) => {
    const { plain, discounted } = loaded as { plain: ValidateResponse; discounted: ValidateResponse };
    return (
      <StateGrid>
        <StatePanel title="Loading">
          <OrderTotals {...args} />
        </StatePanel>
        <StatePanel title="No discount">
          <OrderTotals totals={plain.totals} />
        </StatePanel>
        <StatePanel title="With discount">
          <OrderTotals totals={discounted.totals} />
        </StatePanel>
      </StateGrid>
    );
  },
  play: async ({ canvasElement }) => {
    const loading = statePanel(canvasElement, 'Loading');
    await expect(rows(loading)).toEqual([
      ['Subtotal', '—'],
      ['Total', '—'],
    ]);
    await expect(totalsList(loading)).toHaveAttribute('aria-busy', 'true');
    await expect(totalsList(loading)).toHaveAttribute('data-state', 'loading');

    const plain = statePanel(canvasElement, 'No discount');
    await expect(rows(plain)).toEqual([
      ['Subtotal', '$60.00'],
      ['Total', '$60.00'],
    ]);
    await expect(totalsList(plain)).toHaveAttribute('data-state', 'ready');

    const discounted = statePanel(canvasElement, 'With discount');
    await expect(rows(discounted)).toEqual([
      ['Subtotal', '$60.00'],
      ['Discount', '−$11.00'],
      ['Total', '$49.00'],
    ]);
    await expect(totalsList(discounted)).toHaveAttribute('aria-busy', 'false');
  },
};
