import type { Cart } from '@promokit/core';
import { usePromoCart, useRedeem, useWallet } from '@promokit/react';
import { AppliedDiscounts, CodeInput, RedemptionSummary } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { cardPayments } from './story-cart.js';
import { storyClient } from './story-offers.js';
import { redeemAs } from './story-session.js';
import { StateGrid, StatePanel, statePanel, darkRightToLeft, expectLoading } from './story-states.js';

/** Two Canvas Totes, $70.00: with shipping, enough for free shipping. */
const totesCart: Cart = { lines: [{ productId: 'tote', quantity: 2 }] };

/**
 * An order placed with the cart's codes: the real BFF redeems them once for the order id, and the
 * confirmation shows what the redemption saved, paid and left out, and the shopper's own referral
 * code from their wallet.
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
        totals={redeem.data.totals}
        pointsEarned={redeem.data.pointsEarned}
        rejected={redeem.data.rejected}
        referralCode={referralCode}
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
    await canvas.findByText('SAVE5 · −\u2060$5.00');
    canvas.getByRole('button', { name: 'Place order' }).focus();
    await userEvent.keyboard('{Enter}');
    const summary = within(await canvas.findByRole('region', { name: 'Your savings' }));
    // SAVE5, and the shipping the order no longer pays.
    await expect(summary.getByText('You saved $11.95')).toBeVisible();
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

type Redemption = Awaited<ReturnType<typeof redeemAs>>;

/**
 * Loading while the order is placed (the heading over a skeleton, marked busy); the same order
 * placed with SAVE5 by three shoppers, each redeemed by the real BFF: a guest, the
 * loyalty member (who earns points) and the returning customer (who has a referral code); the
 * loyalty member paying part of it with points and a gift card; and a guest whose expired code did
 * not apply when the order was placed, so the order went on without it; and an order that saved
 * nothing, with no $0 line.
 */
export const States: Story = {
  loaders: [
    async () => {
      const guest = await redeemAs('guest', totesCart, ['SAVE5']);
      const member = await redeemAs('loyalty-member', totesCart, ['SAVE5']);
      // Rolled back at once, so the member's cards keep what the other stories show.
      await storyClient.rollback({ orderId: member.orderId, reason: 'Shown in a story only' });
      const paidByCards = await redeemAs('loyalty-member', totesCart, ['SAVE5', ...cardPayments]);
      await storyClient.rollback({ orderId: paidByCards.orderId, reason: 'Shown in a story only' });
      const leftOut = await redeemAs('guest', totesCart, ['SAVE5', 'OLDSPRING']);
      const nothingSaved = await redeemAs('guest', { lines: [{ productId: 'cap', quantity: 1 }] }, []);
      // Last: the wallet read next is the referrer's.
      const referrer = await redeemAs('returning-customer', totesCart, ['SAVE5']);
      const wallet = await storyClient.wallet();
      return {
        guest,
        member,
        paidByCards,
        leftOut,
        referrer,
        nothingSaved,
        referralCode: wallet.entries.find((entry) => entry.ownReferral)?.code,
      };
    },
  ],
  render: (_args, { loaded }) => {
    const { guest, member, paidByCards, leftOut, referrer, nothingSaved, referralCode } = loaded as {
      guest: Redemption;
      member: Redemption;
      paidByCards: Redemption;
      leftOut: Redemption;
      referrer: Redemption;
      nothingSaved: Redemption;
      referralCode: string | undefined;
    };
    // A summary is a landmark named by its heading: summaries side by side each get their own.
    return (
      <StateGrid>
        <StatePanel title="Loading: the order being placed">
          <RedemptionSummary loading headingLevel={3} heading="Your order, being placed" />
        </StatePanel>
        <StatePanel title="Saved">
          <RedemptionSummary totals={guest.totals} headingLevel={3} />
        </StatePanel>
        <StatePanel title="Saved and earned points">
          <RedemptionSummary
            totals={member.totals}
            pointsEarned={member.pointsEarned}
            headingLevel={3}
            heading="Your savings and points"
          />
        </StatePanel>
        <StatePanel title="Paid by points and a gift card">
          <RedemptionSummary
            totals={paidByCards.totals}
            pointsEarned={paidByCards.pointsEarned}
            headingLevel={3}
            heading="Your savings and payments"
          />
        </StatePanel>
        <StatePanel title="A code not applied">
          <RedemptionSummary
            totals={leftOut.totals}
            rejected={leftOut.rejected}
            headingLevel={3}
            heading="Your savings, without one code"
          />
        </StatePanel>
        <StatePanel title="Nothing saved: no $0 line">
          <RedemptionSummary totals={nothingSaved.totals} headingLevel={3} heading="Your order, no savings" />
        </StatePanel>
        <StatePanel title="Saved, with a code to share">
          <RedemptionSummary
            totals={referrer.totals}
            referralCode={referralCode}
            headingLevel={3}
            heading="Your savings and your code"
          />
        </StatePanel>
      </StateGrid>
    );
  },
  play: async ({ canvasElement }) => {
    const loading = await expectLoading(statePanel(canvasElement, 'Loading: the order being placed'));
    await expect(loading).toHaveAccessibleName('Your order, being placed');

    // Without a code nothing was saved, and the summary says nothing of $0 saved.
    const none = statePanel(canvasElement, 'Nothing saved: no $0 line');
    await expect(none.queryByText(/You saved/)).toBeNull();

    // SAVE5 and the $6.95 shipping: the order reaches free shipping.
    const saved = statePanel(canvasElement, 'Saved');
    await expect(saved.getByRole('region', { name: 'Your savings' })).toBeVisible();
    await expect(saved.getByRole('heading', { name: 'Your savings', level: 3 })).toBeVisible();
    await expect(saved.getByText('You saved $11.95')).toBeVisible();
    await expect(saved.queryByRole('term')).toBeNull();
    await expect(saved.queryByText(/You earned/)).toBeNull();
    await expect(saved.queryByRole('button', { name: 'Copy code' })).toBeNull();

    const points = statePanel(canvasElement, 'Saved and earned points');
    await expect(points.getByRole('region', { name: 'Your savings and points' })).toBeVisible();
    await expect(points.getByText('You saved $11.95')).toBeVisible();
    // A point per 1.00 paid: $70.00 + $6.95 − $11.95.
    await expect(points.getByText('You earned 65 points')).toBeVisible();
    await expect(points.queryByRole('button', { name: 'Copy code' })).toBeNull();

    const cards = statePanel(canvasElement, 'Paid by points and a gift card');
    await expect(cards.getByRole('region', { name: 'Your savings and payments' })).toBeVisible();
    // The cards pay; they save nothing.
    await expect(cards.getByText('You saved $11.95')).toBeVisible();
    await expect(
      cards.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    ).toEqual([
      ['Points LOYALTY-SAM', '$10.00'],
      ['Gift card GIFT-5000-DEMO', '$20.00'],
      ['Amount charged', '$35.00'],
    ]);
    // Points are earned on what was charged.
    await expect(cards.getByText('You earned 35 points')).toBeVisible();

    const leftOut = statePanel(canvasElement, 'A code not applied');
    await expect(leftOut.getByText('You saved $11.95')).toBeVisible();
    const notApplied = leftOut.getByRole('list', { name: 'This code was not applied' });
    await expect(within(notApplied).getByRole('listitem')).toHaveTextContent(
      'The code OLDSPRING has expired',
    );

    const referral = statePanel(canvasElement, 'Saved, with a code to share');
    await expect(referral.getByRole('region', { name: 'Your savings and your code' })).toBeVisible();
    await expect(referral.getByText('You saved $11.95')).toBeVisible();
    await expect(
      referral.getByText('Share your code REF-ALEX: friends get a discount, you get a reward'),
    ).toBeVisible();
    await expect(referral.getByRole('button', { name: 'Copy code' })).toHaveAttribute('data-state', 'idle');
    await expect(referral.getByRole('status')).toBeEmptyDOMElement();
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
