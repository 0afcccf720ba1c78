import type { Cart, ValidateResponse } from '@promokit/core';
import { usePromoCart, useQualifications, useWallet } from '@promokit/react';
import { LoyaltyPoints, OrderTotals } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

import { storyClient } from './story-offers.js';
import {
  ScopedStates,
  StateGrid,
  StatePanel,
  statePanel,
  type StateQueries,
  darkRightToLeft,
  expectLoading,
  expectNoShift,
} from './story-states.js';

/** One Summit Daypack, $89.00: more than the loyalty card's points are worth. */
const daypackCart: Cart = { lines: [{ productId: 'summit-daypack', quantity: 1 }] };

/** One Coffee Club month, $18.00 and $6.95 of shipping: less than the card's points are worth. */
const clubCart: Cart = { lines: [{ productId: 'coffee-club', quantity: 1 }] };

/**
 * The loyalty member's card from their wallet, and what the real BFF says it can take off `cart`
 * (`POST /qualifications`): `usable` points at most, each worth `pointValue`.
 */
function usePointsOn(cart: Cart) {
  const wallet = useWallet();
  const offers = useQualifications({ stage: 'checkout', cart });
  const card = wallet.data?.entries.find((entry) => entry.kind === 'loyalty_card');
  const offer = offers.data?.offers.find((item) => item.code === card?.code);
  if (!card?.points || offer?.effect.type !== 'loyalty_points') return undefined;
  return {
    code: card.code,
    balance: card.points,
    usable: offer.effect.points,
    pointValue: offer.discount / offer.effect.points,
  };
}

/** The loyalty card on a daypack order: the points chosen pay part of it, priced by the real BFF. */
function PointsOnOrder(): ReactNode {
  const points = usePointsOn(daypackCart);
  const [result, setResult] = useState<ValidateResponse>();
  if (!points) return <p>Loading the wallet…</p>;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '24rem' }}>
      <LoyaltyPoints
        balance={points.balance}
        pointValue={points.pointValue}
        step={100}
        onApply={(chosen) =>
          void storyClient
            .validate({ cart: daypackCart, codes: [{ code: points.code, points: chosen }] })
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

/**
 * The loyalty card on `cart`, at most the points the real BFF says the order can take, starting
 * at `defaultValue` points (or `'all'` of them) when given; a skeleton until the wallet and the
 * qualifications answer.
 */
function PointsOnCart({ cart, defaultValue }: { cart: Cart; defaultValue?: number | 'all' }): ReactNode {
  const points = usePointsOn(cart);
  const promo = usePromoCart(cart);
  return (
    <LoyaltyPoints
      balance={points?.balance}
      pointValue={points?.pointValue ?? 0}
      max={points?.usable}
      step={100}
      defaultValue={defaultValue === 'all' ? points?.usable : defaultValue}
      onApply={(chosen) => points && void promo.apply({ code: points.code, points: chosen })}
    />
  );
}

/**
 * Loading (the balance not there yet: a skeleton as tall as the slider will be, marked busy); the
 * 3,000-point card on an $89.00 order with no points, some and every point chosen, and on a
 * $24.95 order, which takes no more than 2,495 points; a card without points, and one on an order
 * with nothing left to pay, where Use points stays disabled.
 */
export const States: Story = {
  render: () => (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the slider will appear">
        <LoyaltyPoints balance={undefined} pointValue={1} onApply={() => undefined} />
      </StatePanel>
      <ScopedStates
        component={PointsOnCart}
        states={{
          'None chosen': { cart: daypackCart },
          'Some chosen': { cart: daypackCart, defaultValue: 1200 },
          'Every point': { cart: daypackCart, defaultValue: 'all' },
          'Up to the order total': { cart: clubCart, defaultValue: 'all' },
        }}
      />
      <StatePanel title="Zero balance: nothing to use">
        <LoyaltyPoints balance={0} pointValue={1} onApply={() => undefined} />
      </StatePanel>
      <StatePanel title="Disabled: nothing left to pay">
        <LoyaltyPoints balance={3000} pointValue={1} max={0} onApply={() => undefined} />
      </StatePanel>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    const slider = (panel: StateQueries) => panel.findByRole('slider', { name: 'Points to use' });
    const root = async (panel: StateQueries) =>
      (await slider(panel)).closest('[data-scope="loyalty-points"][data-part="root"]');

    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the slider will appear'),
    );
    await expectNoShift(loading, await root(statePanel(canvasElement, 'Zero balance: nothing to use')));

    const none = statePanel(canvasElement, 'None chosen');
    await expect(await slider(none)).toHaveValue('0');
    await expect(await slider(none)).toHaveAttribute('aria-valuetext', '0 points = $0.00');
    await expect(await root(none)).toHaveAttribute('data-state', 'none');
    await expect(none.getByText('You have 3,000 points')).toBeVisible();
    await expect(none.getByRole('button', { name: 'Use points' })).toHaveAttribute('aria-disabled', 'true');

    const some = statePanel(canvasElement, 'Some chosen');
    await expect(await slider(some)).toHaveValue('1200');
    await expect(await slider(some)).toHaveAttribute('aria-valuetext', '1,200 points = $12.00');
    await expect(await root(some)).toHaveAttribute('data-state', 'selected');
    await expect(some.getByRole('button', { name: 'Use points' })).toHaveAttribute('aria-disabled', 'false');

    const all = statePanel(canvasElement, 'Every point');
    await expect(await slider(all)).toHaveValue('3000');
    await expect(await slider(all)).toHaveAttribute('max', '3000');
    await expect(all.getByText('3,000 points = $30.00', { selector: 'output' })).toBeVisible();

    const capped = statePanel(canvasElement, 'Up to the order total');
    await expect(await slider(capped)).toHaveValue('2495');
    await expect(await slider(capped)).toHaveAttribute('max', '2495');
    await expect(await slider(capped)).toHaveAttribute('aria-valuetext', '2,495 points = $24.95');
    await expect(capped.getByText('You have 3,000 points')).toBeVisible();

    for (const [name, balance] of [
      ['Zero balance: nothing to use', 'You have 0 points'],
      ['Disabled: nothing left to pay', 'You have 3,000 points'],
    ] as const) {
      const empty = statePanel(canvasElement, name);
      await expect(empty.getByText(balance)).toBeVisible();
      await expect(await slider(empty)).toHaveAttribute('max', '0');
      await expect(await slider(empty)).toHaveAttribute('aria-valuetext', '0 points = $0.00');
      await expect(empty.getByRole('button', { name: 'Use points' })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
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
