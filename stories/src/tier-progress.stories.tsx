import type { Cart } from '@promokit/core';
import { useOfferHints, usePromoCart } from '@promokit/react';
import { OfferHint, TierProgress } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, waitFor, within } from 'storybook/test';

import { failingClient, offlineClient, stalledClient } from './story-offers.js';
import { StateGrid, StatePanel, darkRightToLeft, expectLoading, statePanel } from './story-states.js';

/** Two Trail Mugs, $50.00. */
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/**
 * Offer hints for the cart from the real BFF (`POST /qualifications`, stage `cart`), measured
 * against the subtotal the BFF prices.
 */
function CartHints({ cart }: { cart: Cart }): ReactNode {
  const offers = useOfferHints('cart', { cart });
  const { totals } = usePromoCart(cart);
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '30rem' }}>
      <TierProgress
        offers={offers.hints}
        loading={offers.isLoading || !totals}
        amount={totals ? totals.subtotal + totals.shipping : 0}
      />
      <section aria-label="Close to">
        {offers.hints.map((offer) => (
          <OfferHint key={offer.id} offer={offer} />
        ))}
      </section>
      <section aria-label="Yours now">
        {offers.available.map((offer) => (
          <OfferHint key={offer.id} offer={offer} />
        ))}
      </section>
    </div>
  );
}

const meta = {
  title: 'Cart/TierProgress',
  component: CartHints,
  args: { cart: twoMugs },
} satisfies Meta<typeof CartHints>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The cart's tiers alone, a skeleton while the offers or the totals load. */
function CartTiers({ cart }: { cart: Cart }): ReactNode {
  const offers = useOfferHints('cart', { cart });
  const { totals, isLoading } = usePromoCart(cart);
  return (
    <TierProgress
      offers={offers.hints}
      loading={offers.isLoading || isLoading}
      amount={totals ? totals.subtotal + totals.shipping : 0}
    />
  );
}

/**
 * Loading (a skeleton of the sentence and the bar, marked busy); no bar rather than a skeleton left
 * for ever when the service fails or the network is gone; several tiers at once on a $50.00 cart and $6.95 of shipping (free shipping from $75.00, 5%, 10% and 15% off from
 * $100.00, $250.00 and $500.00), a progress bar with its values, hints the cart is close to, and
 * hints for offers it already gets.
 */
export const States: Story = {
  render: (args) => (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the tiers will appear" client={stalledClient}>
        <CartTiers {...args} />
      </StatePanel>
      <StatePanel title="Tiers and hints">
        <CartHints {...args} />
      </StatePanel>
      <StatePanel title="Error: the promotions service failed, no bar" client={failingClient}>
        <CartTiers {...args} />
      </StatePanel>
      <StatePanel title="Offline: no network, no bar" client={offlineClient}>
        <CartTiers {...args} />
      </StatePanel>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the tiers will appear'),
    );
    await expect(loading.querySelector('[data-part="track"]')).toBeVisible();
    const canvas = statePanel(canvasElement, 'Tiers and hints');
    const bar = await canvas.findByRole('progressbar', { name: 'Progress to your next offers' });
    // The order amount the minimums count: $50.00 of goods and $6.95 of shipping.
    await expect(bar).toHaveAttribute('aria-valuenow', '5695');
    await expect(bar).toHaveAttribute('aria-valuemax', '50000');
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      '$18.05 more for free shipping · $43.05 more for 5% off · $193.05 more for 10% off · $443.05 more for 15% off',
    );
    const close = within(canvas.getByRole('region', { name: 'Close to' }));
    await expect(close.getByText('$18.05 more for free shipping')).toHaveAttribute('data-state', 'near');
    await expect(close.getByText('Add 1 × Canvas Tote and 1 × Field Cap for $11.00 off')).toBeVisible();
    const now = within(canvas.getByRole('region', { name: 'Yours now' }));
    await expect(now.getByText('You get 25% off, up to $25.00')).toHaveAttribute('data-state', 'qualifies');
    for (const name of ['Error: the promotions service failed, no bar', 'Offline: no network, no bar']) {
      const broken = statePanel(canvasElement, name);
      // The retries of a failed request give up within seconds.
      await waitFor(() => expect(broken.queryByRole('status')).toBeNull(), { timeout: 10_000 });
      await expect(broken.queryByRole('progressbar')).toBeNull();
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
