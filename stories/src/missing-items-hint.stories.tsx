import type { Cart } from '@promokit/core';
import { useOfferHints, usePromoCart } from '@promokit/react';
import { AppliedDiscounts, MissingItemsHint } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { useStoryCart } from './story-shop.js';
import { darkRightToLeft } from './story-states.js';

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
  if (isLoading) return <p>Loading offers…</p>;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '30rem' }}>
      {hints.map((offer) => (
        <MissingItemsHint key={offer.id} offer={offer} onAdd={add} />
      ))}
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
 * Close to a bundle, with its add button named by what it adds; completing it by keyboard hides the
 * hint and applies the bundle price as an automatic promotion.
 */
export const States: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
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
