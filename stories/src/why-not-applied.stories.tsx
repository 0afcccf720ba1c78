import type { Cart } from '@promokit/core';
import { useOfferHints } from '@promokit/react';
import { OfferHint, WhyNotApplied } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { twoMugs } from './story-cart.js';
import { failingClient, offlineClient, stalledClient } from './story-offers.js';
import {
  StateGrid,
  StatePanel,
  statePanel,
  darkRightToLeft,
  expectLoading,
  expectNoShift,
} from './story-states.js';

/** Near-miss automatic promotions for the cart (two Trail Mugs, $50.00, by default), from the real BFF. */
function NearMisses({
  cart = twoMugs,
  defaultOpen = false,
}: {
  cart?: Cart;
  defaultOpen?: boolean;
}): ReactNode {
  const { hints, isLoading } = useOfferHints('cart', { cart });
  return <WhyNotApplied offers={hints} loading={isLoading} defaultOpen={defaultOpen} />;
}

const meta = {
  title: 'Cart/WhyNotApplied',
  component: NearMisses,
} satisfies Meta<typeof NearMisses>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Closed, opened by keyboard alone: each promotion by name with what it still needs; closed again
 * with Space.
 */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: 'Offers you are close to' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('list')).toBeNull();
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('list')).toHaveAttribute('id', trigger.getAttribute('aria-controls'));
    await expect(canvas.getByText('Free shipping')).toBeVisible();
    await expect(canvas.getByText('$18.05 more for free shipping')).toBeVisible();
    await expect(canvas.getByText('Trail kit for 79.00')).toBeVisible();
    await expect(canvas.queryByText('Welcome 10%')).toBeNull();
    await userEvent.keyboard(' ');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Open from the start. */
export const Open: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('5% off from 100.00')).toBeVisible();
    await expect(canvas.getByText('$43.05 more for 5% off')).toBeVisible();
  },
};

/** $527.00 with three mugs and the Trail kit: every automatic promotion applies. */
const everyPromotionCart: Cart = {
  lines: [
    { productId: 'mug', quantity: 3 },
    { productId: 'tote', quantity: 1 },
    { productId: 'cap', quantity: 1 },
    { productId: 'rain-shell', quantity: 3 },
  ],
};

/** What applies automatically to the cart, as hints, to show why nothing is left to explain. */
function AutomaticPromotions({ cart }: { cart: Cart }): ReactNode {
  const { available } = useOfferHints('cart', { cart });
  return available
    .filter((offer) => offer.code === undefined)
    .map((offer) => <OfferHint key={offer.id} offer={offer} />);
}

/**
 * Loading (a skeleton line as tall as the button, marked busy); closed; open; nothing at all when
 * every automatic promotion applies, and when the service fails or the network is gone (no skeleton
 * left for ever).
 */
export const States: Story = {
  render: () => (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the button will appear" client={stalledClient}>
        <NearMisses />
      </StatePanel>
      <StatePanel title="Closed">
        <NearMisses />
      </StatePanel>
      <StatePanel title="Open">
        <NearMisses defaultOpen />
      </StatePanel>
      <StatePanel title="Nothing to explain">
        <NearMisses cart={everyPromotionCart} defaultOpen />
        <AutomaticPromotions cart={everyPromotionCart} />
      </StatePanel>
      <StatePanel title="Error: the promotions service failed, nothing to explain" client={failingClient}>
        <NearMisses />
      </StatePanel>
      <StatePanel title="Offline: no network, nothing to explain" client={offlineClient}>
        <NearMisses />
      </StatePanel>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the button will appear'),
    );
    const closed = statePanel(canvasElement, 'Closed');
    const trigger = await closed.findByRole('button', { name: 'Offers you are close to' });
    await expectNoShift(loading, trigger.parentElement);
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(trigger).toHaveAttribute('data-state', 'closed');
    await expect(closed.queryByRole('list')).toBeNull();

    const open = statePanel(canvasElement, 'Open');
    const expanded = await open.findByRole('button', { name: 'Offers you are close to' });
    await expect(expanded).toHaveAttribute('aria-expanded', 'true');
    await expect(expanded).toHaveAttribute('data-state', 'open');
    const list = within(open.getByRole('list'));
    await expect(list.getByText('$18.05 more for free shipping')).toBeVisible();
    await expect(list.getByText('Trail kit for 79.00')).toBeVisible();
    await expect(list.getAllByRole('listitem')).toHaveLength(6);

    const none = statePanel(canvasElement, 'Nothing to explain');
    await expect(await none.findByText('You get free shipping')).toBeVisible();
    await expect(none.getByText('You get 15% off')).toBeVisible();
    await expect(none.queryByText('Loading…')).toBeNull();
    await expect(none.queryByRole('button', { name: 'Offers you are close to' })).toBeNull();
    for (const name of [
      'Error: the promotions service failed, nothing to explain',
      'Offline: no network, nothing to explain',
    ]) {
      const broken = statePanel(canvasElement, name);
      // The retries of a failed request give up within seconds.
      await waitFor(() => expect(broken.queryByRole('status')).toBeNull(), { timeout: 10_000 });
      await expect(broken.queryByRole('button')).toBeNull();
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
