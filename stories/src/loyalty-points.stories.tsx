import type { Cart, ValidateResponse } from '@promokit/core';
import { useQualifications, useWallet } from '@promokit/react';
import { LoyaltyPoints, OrderTotals } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

import { storyClient } from './story-offers.js';

/** One Summit Daypack, $89.00: more than the loyalty card's points are worth. */
const daypackCart: Cart = { lines: [{ productId: 'summit-daypack', quantity: 1 }] };

/**
 * The loyalty member's card from their wallet; a point's worth is what the real BFF says the whole
 * balance takes off this cart (`POST /qualifications`), divided by the points.
 */
function PointsOnOrder(): ReactNode {
  const wallet = useWallet();
  const offers = useQualifications({ stage: 'checkout', cart: daypackCart });
  const [result, setResult] = useState<ValidateResponse>();
  const card = wallet.data?.entries.find((entry) => entry.kind === 'loyalty_card');
  const offer = offers.data?.offers.find((item) => item.code === card?.code);
  if (!card?.points || offer?.effect.type !== 'loyalty_points') return <p>Loading the wallet…</p>;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '24rem' }}>
      <LoyaltyPoints
        balance={card.points}
        pointValue={offer.discount / offer.effect.points}
        step={100}
        onApply={(points) =>
          void storyClient
            .validate({ cart: daypackCart, codes: [{ code: card.code, points }] })
            .then(setResult)
        }
      />
      {result && <OrderTotals totals={result.totals} />}
    </div>
  );
}

const meta = {
  title: 'Checkout/LoyaltyPoints',
  component: PointsOnOrder,
  parameters: { persona: 'loyalty-member' },
} satisfies Meta<typeof PointsOnOrder>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The slider by keyboard alone: arrows step by 100 points, End takes every point, Home none; the
 * money value follows, and apply is unavailable at zero points.
 */
export const Slider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = await canvas.findByRole('slider', { name: 'Points to use' });
    await expect(canvas.getByText('You have 3,000 points')).toBeVisible();
    await expect(slider).toHaveAttribute('aria-valuetext', '0 points = $0.00');
    const apply = canvas.getByRole('button', { name: 'Use points' });
    await expect(apply).toHaveAttribute('aria-disabled', 'true');

    slider.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(slider).toHaveValue('200');
    await expect(slider).toHaveAttribute('aria-valuetext', '200 points = $2.00');
    await userEvent.keyboard('{End}');
    await expect(slider).toHaveAttribute('aria-valuetext', '3,000 points = $30.00');
    await userEvent.keyboard('{Home}');
    await expect(slider).toHaveValue('0');
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByText('100 points = $1.00', { selector: 'output' })).toBeVisible();

    await userEvent.tab();
    await expect(apply).toHaveFocus();
    await expect(apply).toHaveAttribute('aria-disabled', 'false');
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('Total')).toBeVisible();
  },
};
