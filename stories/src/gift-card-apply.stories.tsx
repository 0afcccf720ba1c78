import type { Cart, ValidateResponse } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, GiftCardApply, OrderTotals } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { storyClient } from './story-offers.js';

/** A Canvas Tote and a Field Cap, $65.00: more than the gift card's $50.00 balance. */
const toteAndCapCart: Cart = {
  lines: [
    { productId: 'tote', quantity: 1 },
    { productId: 'cap', quantity: 1 },
  ],
};

/**
 * The loyalty member's gift card from their wallet, used in part on the order: the amount chosen
 * is validated by the real BFF, which prices the order with that much of the card, and removing it
 * validates the order without the card.
 */
function GiftCardOnOrder(): ReactNode {
  const wallet = useWallet();
  const promo = usePromoCart(toteAndCapCart);
  const [result, setResult] = useState<ValidateResponse>();
  const card = wallet.data?.entries.find((entry) => entry.kind === 'gift_card');
  if (!card?.balance || !promo.totals) return <p>Loading the wallet…</p>;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '24rem' }}>
      <GiftCardApply
        code={card.code}
        balance={card.balance}
        max={promo.totals.total}
        onApply={(amount) =>
          void storyClient
            .validate({ cart: toteAndCapCart, codes: [{ code: card.code, amount }] })
            .then(setResult)
        }
      />
      <AppliedDiscounts
        applied={result?.applied ?? []}
        onRemove={() => void storyClient.validate({ cart: toteAndCapCart, codes: [] }).then(setResult)}
      />
      <OrderTotals totals={result?.totals ?? promo.totals} />
    </div>
  );
}

const meta = {
  title: 'Checkout/GiftCardApply',
  component: GiftCardOnOrder,
  parameters: { persona: 'loyalty-member' },
} satisfies Meta<typeof GiftCardOnOrder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole balance by default, an amount over it refused, then part of it used, by keyboard. */
export const PartialUse: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: 'Amount to use from GIFT-5000-DEMO' });
    await expect(field).toHaveValue('50');
    await expect(field).toHaveAccessibleDescription('Balance $50.00');
    await expect(canvas.getByRole('button', { name: 'Use $50.00' })).toBeVisible();

    await userEvent.clear(field);
    await userEvent.type(field, '80{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Enter an amount up to $50.00'));
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(field);
    await userEvent.type(field, '20');
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Use $20.00' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('GIFT-5000-DEMO · −$20.00')).toBeVisible();
    await expect(await canvas.findByText('$45.00', { selector: '[data-row="total"] dd' })).toBeVisible();

    // Removed, the order is priced without the card.
    await userEvent.click(canvas.getByRole('button', { name: 'Remove GIFT-5000-DEMO' }));
    await expect(await canvas.findByText('$65.00', { selector: '[data-row="total"] dd' })).toBeVisible();
  },
};
