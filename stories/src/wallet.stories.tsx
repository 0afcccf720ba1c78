import type { Cart } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, OrderTotals, Wallet } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { darkRightToLeft } from './story-states.js';

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

/**
 * The loyalty member's gift card and loyalty card; applying the gift card by keyboard alone turns
 * its button into "applied" and puts the card's credit on the cart.
 */
export const States: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const wallet = within(await canvas.findByRole('region', { name: 'Your codes' }));
    await expect(await wallet.findByText('Balance $50.00')).toBeVisible();
    await expect(wallet.getByText('3,000 points')).toBeVisible();
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
