import type { Cart } from '@promokit/core';
import { useOfferHints, usePromoCart } from '@promokit/react';
import { AppliedDiscounts, MissingItemsHint } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { failingClient, offlineClient, stalledClient } from './story-offers.js';
import { useStoryCart } from './story-shop.js';
import {
  StateGrid,
  StatePanel,
  darkRightToLeft,
  expectLoading,
  expectNoShift,
  statePanel,
} from './story-states.js';

/** One Trail Mug: the Trail kit bundle still needs a Canvas Tote and a Field Cap. */
const oneMug: Cart = { lines: [{ productId: 'mug', quantity: 1 }] };

/**
 * Every bundle the cart is close to, from the real BFF, each with a button adding what it misses;
 * the bundle's promotion then applies automatically.
 */
function BundleHints(): ReactNode {
  const [cart, add] = useStoryCart(oneMug);
  const { hints, isLoading } = useOfferHints('cart', { cart });
  const promo = usePromoCart(cart);
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '30rem' }}>
      {isLoading ? (
        <MissingItemsHint loading onAdd={add} />
      ) : (
        hints.map((offer) => <MissingItemsHint key={offer.id} offer={offer} onAdd={add} />)
      )}
      <AppliedDiscounts applied={promo.applied} promotions={promo.promotions} />
    </div>
  );
}

const meta = {
  title: 'Cart/MissingItemsHint',
  component: BundleHints,
} satisfies Meta<typeof BundleHints>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Loading (a skeleton of the hint and its button, as tall as they will be, marked busy); no hint
 * rather than a skeleton left for ever when the service fails or the network is gone; close to a
 * bundle, with its add button named by what it adds, where completing it by keyboard hides the hint
 * and applies the bundle price as an automatic promotion.
 */
export const States: Story = {
  render: () => (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the hint will appear" client={stalledClient}>
        <BundleHints />
      </StatePanel>
      <StatePanel title="Close to a bundle" scoped>
        <BundleHints />
      </StatePanel>
      <StatePanel title="Error: the promotions service failed, no hint" client={failingClient}>
        <BundleHints />
      </StatePanel>
      <StatePanel title="Offline: no network, no hint" client={offlineClient}>
        <BundleHints />
      </StatePanel>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the hint will appear'),
    );
    const canvas = statePanel(canvasElement, 'Close to a bundle');
    await canvas.findByText('Add 1 × Canvas Tote and 1 × Field Cap for $11.00 off');
    // The button's bar is as tall as the button; the sentence's bar is one line, which a narrow
    // panel may wrap.
    await expectNoShift(
      loading.querySelector('[data-size="control"]'),
      canvas.getByRole('button', { name: 'Add to cart: 1 × Canvas Tote and 1 × Field Cap' }),
    );
    for (const name of ['Error: the promotions service failed, no hint', 'Offline: no network, no hint']) {
      const broken = statePanel(canvasElement, name);
      // The retries of a failed request give up within seconds.
      await waitFor(() => expect(broken.queryByRole('status')).toBeNull(), { timeout: 10_000 });
      await expect(broken.queryByRole('button')).toBeNull();
    }
    await expect(
      await canvas.findByText('Add 1 × Canvas Tote and 1 × Field Cap for $11.00 off'),
    ).toBeVisible();
    const add = canvas.getByRole('button', { name: 'Add to cart: 1 × Canvas Tote and 1 × Field Cap' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvas.queryByText('Add 1 × Canvas Tote and 1 × Field Cap for $11.00 off')).toBeNull(),
    );
    const applied = within(await canvas.findByRole('region', { name: 'Applied discounts' }));
    await expect(await applied.findByText('Trail kit for 79.00 · −\u2060$11.00')).toBeVisible();
    await expect(applied.getByText('Trail kit for 79.00 · −\u2060$11.00').closest('li')).toHaveAttribute(
      'data-kind',
      'promotion',
    );
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
