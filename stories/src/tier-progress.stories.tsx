import type { Cart } from '@promokit/core';
import { useOfferHints, usePromoCart } from '@promokit/react';
import { OfferHint, TierProgress } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { darkRightToLeft } from './story-states.js';

/** Two Trail Mugs, $50.00. */
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/**
 * Offer hints for the cart from the real BFF (`POST /qualifications`, stage `cart`), measured
 * against the subtotal the BFF prices.
 */
function CartHints({ cart }: { cart: Cart }): ReactNode {
  const offers = useOfferHints('cart', { cart });
  const { totals } = usePromoCart(cart);
  if (offers.isLoading || !totals) return <p>Loading offers…</p>;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '30rem' }}>
      <TierProgress offers={offers.hints} amount={totals.subtotal + totals.shipping} />
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

/**
 * Several tiers at once on a $50.00 cart and $6.95 of shipping (free shipping from $75.00, 5%, 10% and 15% off from
 * $100.00, $250.00 and $500.00), a progress bar with its values, hints the cart is close to, and
 * hints for offers it already gets.
 */
export const States: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
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
