import type { Offer } from '@promokit/core';
import { OfferBadge, OfferHint, TierProgress } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { sixtyDollarCart, thirtyDollarCart } from './story-cart.js';
import { couponOffer } from './story-offers.js';

/** Offer hints on a $30.00 cart, described by the real BFF and engine. */
const meta = {
  title: 'Cart/TierProgress',
  component: TierProgress,
  loaders: [
    async () => ({
      near: await couponOffer('WELCOME10', thirtyDollarCart, sixtyDollarCart),
      reached: await couponOffer('BIG25', thirtyDollarCart, sixtyDollarCart),
    }),
  ],
  args: { offers: [], amount: 3000 },
} satisfies Meta<typeof TierProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Progress towards the next tier, a near-miss hint, a qualifying hint, and badges. */
export const States: Story = {
  render: (args, { loaded }) => {
    const { near, reached } = loaded as { near: Offer; reached: Offer };
    return (
      <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '24rem' }}>
        <TierProgress {...args} offers={[near, reached]} />
        <OfferHint offer={near} />
        <OfferHint offer={reached} />
        <p>
          <OfferBadge offer={near} /> <OfferBadge offer={reached} />
        </p>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole('progressbar', { name: 'Progress to your next offers' });
    await expect(bar).toHaveAttribute('aria-valuenow', '3000');
    await expect(bar).toHaveAttribute('aria-valuemax', '5000');
    await expect(bar).toHaveAttribute('aria-valuetext', '$20.00 more for 10% off');
    await expect(canvas.getByText('You get 25% off, up to $25.00')).toBeVisible();
    await expect(canvas.getByText('10% off with WELCOME10')).toBeVisible();
  },
};
