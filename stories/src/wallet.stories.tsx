import type { Cart } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, OrderTotals, Wallet } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  StateGrid,
  StatePanel,
  darkRightToLeft,
  expectLoading,
  expectNoShift,
  statePanel,
} from './story-states.js';

/** One Summit Daypack, $89.00. */
const daypackCart: Cart = { lines: [{ productId: 'summit-daypack', quantity: 1 }] };

/**
 * The signed-in shopper's wallet from the real BFF (`POST /wallet`), applying to the cart in one
 * click; `custom` shows the compound parts with the apply button as the storefront's own element.
 */
function WalletOnCart({ custom = false }: { custom?: boolean }): ReactNode {
  const wallet = useWallet();
  const promo = usePromoCart(daypackCart);
  const entries = wallet.data?.entries ?? [];
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '26rem' }}>
      {custom ? (
        <Wallet.Root entries={entries} items={promo.items} onApply={(code) => void promo.apply(code)}>
          <Wallet.Heading>Saved to your account</Wallet.Heading>
          <Wallet.List>
            {(entry) => (
              <Wallet.Item key={entry.code} entry={entry}>
                <Wallet.Apply asChild>
                  <button type="button" className="storefront-button">
                    Use
                  </button>
                </Wallet.Apply>
              </Wallet.Item>
            )}
          </Wallet.List>
          <Wallet.Empty />
        </Wallet.Root>
      ) : (
        <Wallet entries={entries} items={promo.items} onApply={(code) => void promo.apply(code)} />
      )}
      <AppliedDiscounts applied={promo.applied} items={promo.items} onRemove={promo.remove} />
      <OrderTotals totals={promo.totals} />
    </div>
  );
}

const meta = {
  title: 'Cart/Wallet',
  component: WalletOnCart,
  parameters: { persona: 'loyalty-member' },
} satisfies Meta<typeof WalletOnCart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A partner code as long as they come: it wraps inside the item, never widening it. */
const LONG_CODE = 'SUMMER-SALE-2026-EXTRA-LONG-PARTNER-CODE42';

/**
 * Loading (the wallet not there yet: a skeleton of one code, as tall as a code's item, marked busy);
 * the loyalty member's gift card and loyalty card, where applying the gift card by keyboard alone
 * turns its button into "applied" and puts the card's credit on the cart; no saved code yet; and a
 * 42-character code.
 */
export const States: Story = {
  render: (args) => (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the codes will appear">
        <Wallet.Root entries={undefined} onApply={() => undefined}>
          <Wallet.Heading>Saved codes</Wallet.Heading>
          <Wallet.List />
          <Wallet.Empty />
        </Wallet.Root>
      </StatePanel>
      <StatePanel title="A gift card and a loyalty card" scoped>
        <WalletOnCart {...args} />
      </StatePanel>
      <StatePanel title="Empty: no saved code yet">
        <Wallet.Root entries={[]} onApply={() => undefined}>
          <Wallet.Heading>Codes for later</Wallet.Heading>
          <Wallet.List />
          <Wallet.Empty />
        </Wallet.Root>
      </StatePanel>
      <StatePanel title="A 42-character code">
        <Wallet.Root
          entries={[
            {
              code: LONG_CODE,
              kind: 'coupon',
              label: 'Partner offer',
              effect: { type: 'percent_off', percentOff: 10 },
            },
          ]}
          onApply={() => undefined}
        >
          <Wallet.Heading>Partner codes</Wallet.Heading>
          <Wallet.List />
        </Wallet.Root>
      </StatePanel>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the codes will appear'),
    );
    await expect(loading).toHaveAccessibleName('Saved codes');

    const empty = statePanel(canvasElement, 'Empty: no saved code yet');
    await expect(empty.getByText('No saved codes yet')).toBeVisible();
    await expect(empty.queryByRole('list')).toBeNull();
    await expect(empty.getByRole('region', { name: 'Codes for later' })).toHaveAttribute(
      'data-state',
      'empty',
    );

    const long = statePanel(canvasElement, 'A 42-character code');
    const longItem = long.getByText(LONG_CODE).closest('li') as HTMLElement;
    await expect(longItem.scrollWidth).toBeLessThanOrEqual(longItem.clientWidth);
    await expect(long.getByRole('button', { name: `Apply ${LONG_CODE}` })).toBeVisible();

    const canvas = statePanel(canvasElement, 'A gift card and a loyalty card');
    const wallet = within(await canvas.findByRole('region', { name: 'Your codes' }));
    await expect(await wallet.findByText('Balance $50.00')).toBeVisible();
    await expect(wallet.getByText('3,000 points')).toBeVisible();
    // The skeleton's one item is as tall as a code's: nothing moves when a code comes.
    await expectNoShift(loading.querySelector('li'), wallet.getByText('Balance $50.00').closest('li'));
    // A loyalty card needs points to pay with: the checkout's slider chooses them.
    await expect(wallet.getByText('Pay with points at checkout')).toBeVisible();
    await expect(wallet.queryByRole('button', { name: 'Apply LOYALTY-SAM' })).toBeNull();
    const apply = wallet.getByRole('button', { name: 'Apply GIFT-5000-DEMO' });
    await expect(apply).toHaveAttribute('aria-disabled', 'false');

    apply.focus();
    await userEvent.keyboard('{Enter}');
    // The card pays; it is no discount.
    await expect(await canvas.findByText('GIFT-5000-DEMO · pays $50.00')).toBeVisible();
    const applied = wallet.getByRole('button', { name: 'GIFT-5000-DEMO applied' });
    await expect(applied).toHaveAttribute('aria-disabled', 'true');
    await expect(applied.closest('li')).toHaveAttribute('data-state', 'applied');
    await expect(applied).toHaveTextContent('Applied');
    // $89.00 and $6.95 of shipping, which free shipping over $75.00 takes off; the card pays $50.00.
    await expect(await canvas.findByText('$89.00', { selector: '[data-row="total"] dd' })).toBeVisible();
    await expect(await canvas.findByText('$39.00', { selector: '[data-row="due"] dd' })).toBeVisible();
    // Applied already: a second press changes nothing.
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getAllByText('GIFT-5000-DEMO · pays $50.00')).toHaveLength(1);

    // Removed, the card is there to apply again.
    await userEvent.click(canvas.getByRole('button', { name: 'Remove GIFT-5000-DEMO' }));
    // The button is named Apply again while the removal is on its way; it enables once it is done.
    const again = await wallet.findByRole('button', { name: 'Apply GIFT-5000-DEMO' });
    await waitFor(() => expect(again).toHaveAttribute('aria-disabled', 'false'));
  },
};

/** A guest has no saved codes. */
export const Empty: Story = {
  parameters: { persona: 'guest' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const wallet = within(await canvas.findByRole('region', { name: 'Your codes' }));
    await expect(await wallet.findByText('No saved codes yet')).toBeVisible();
    await expect(wallet.queryByRole('list')).toBeNull();
  },
};

/** A returning customer's coupons, each described by its effect; one applied with the mouse. */
export const Coupons: Story = {
  parameters: { persona: 'returning-customer' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const wallet = within(await canvas.findByRole('region', { name: 'Your codes' }));
    await expect(await wallet.findByText('15% off, up to $20.00')).toBeVisible();
    await userEvent.click(wallet.getByRole('button', { name: 'Apply COMEBACK15' }));
    await expect(await canvas.findByText('COMEBACK15 · −\u2060$13.35')).toBeVisible();
  },
};

/** Compound parts: the storefront's own "Use" button through `Wallet.Apply asChild`, by keyboard. */
export const OwnApplyButton: Story = {
  args: { custom: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const wallet = within(await canvas.findByRole('region', { name: 'Saved to your account' }));
    const apply = await wallet.findByRole('button', { name: 'Use', description: 'GIFT-5000-DEMO' });
    await expect(apply).toHaveClass('storefront-button');
    apply.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(apply).toHaveAttribute('data-state', 'applied'));
    await expect(apply).toHaveAttribute('aria-disabled', 'true');
    await expect(await canvas.findByText('GIFT-5000-DEMO · pays $50.00')).toBeVisible();
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
