import type { Cart } from '@promokit/core';
import { useOfferHints } from '@promokit/react';
import { WhyNotApplied } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';

/** Two Trail Mugs, $50.00: close to several automatic promotions. */
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/** Near-miss automatic promotions for the cart, from the real BFF. */
function NearMisses({ defaultOpen = false }: { defaultOpen?: boolean }): ReactNode {
  const { hints, isLoading } = useOfferHints('cart', { cart: twoMugs });
  if (isLoading) return <p>Loading offers…</p>;
  return <WhyNotApplied offers={hints} defaultOpen={defaultOpen} />;
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
    await expect(canvas.getByText('$25.00 more for free shipping')).toBeVisible();
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
    await expect(canvas.getByText('$50.00 more for 5% off')).toBeVisible();
  },
};
