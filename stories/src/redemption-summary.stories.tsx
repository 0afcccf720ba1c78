import type { Cart } from '@promokit/core';
import { usePromoCart, useRedeem, useWallet } from '@promokit/react';
import { AppliedDiscounts, CodeInput, RedemptionSummary } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Two Canvas Totes, $70.00. */
const totesCart: Cart = { lines: [{ productId: 'tote', quantity: 2 }] };

/**
 * An order placed with the cart's codes: the real BFF redeems them once for the order id, and the
 * confirmation shows what the redemption saved and the shopper's own referral code from their
 * wallet.
 */
function OrderConfirmation(): ReactNode {
  const promo = usePromoCart(totesCart);
  const redeem = useRedeem();
  const wallet = useWallet();
  const [orderId] = useState(() => `story-${crypto.randomUUID()}`);
  const referralCode = wallet.data?.entries.find((entry) => entry.ownReferral)?.code;
  if (redeem.data?.status === 'redeemed') {
    return (
      <RedemptionSummary
        saved={redeem.data.totals.discount}
        {...(redeem.data.pointsEarned === undefined ? {} : { pointsEarned: redeem.data.pointsEarned })}
        {...(referralCode === undefined ? {} : { referralCode })}
      />
    );
  }
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '24rem' }}>
      <CodeInput apply={promo.apply} onRemove={promo.remove} />
      <AppliedDiscounts applied={promo.applied} items={promo.items} onRemove={promo.remove} />
      <button
        type="button"
        aria-disabled={redeem.isPending}
        onClick={() => redeem.mutate({ orderId, cart: totesCart, codes: [...promo.codes] })}
      >
        Place order
      </button>
    </div>
  );
}

const meta = {
  title: 'Confirmation/RedemptionSummary',
  component: OrderConfirmation,
  parameters: { persona: 'returning-customer' },
} satisfies Meta<typeof OrderConfirmation>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Apply a code, place the order by keyboard, read what the redemption saved, and copy the shopper's
 * own referral code from their wallet.
 */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('textbox', { name: 'Promo or gift card code' }).focus();
    await userEvent.keyboard('SAVE5{Enter}');
    await canvas.findByText('SAVE5 · −$5.00');
    canvas.getByRole('button', { name: 'Place order' }).focus();
    await userEvent.keyboard('{Enter}');
    const summary = within(await canvas.findByRole('region', { name: 'Your savings' }));
    await expect(summary.getByText('You saved $5.00')).toBeVisible();
    await expect(
      summary.getByText('Share your code REF-ALEX: friends get a discount, you get a reward'),
    ).toBeVisible();
    const copy = summary.getByRole('button', { name: 'Copy code' });
    copy.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(summary.getByRole('status')).toHaveTextContent('Copied'));
    await expect(copy).toHaveAttribute('data-state', 'copied');
    await expect(await navigator.clipboard.readText()).toBe('REF-ALEX');
  },
};
