import { type ValidateResponse, formatMoney } from '@promokit/core';
import { AppliedDiscounts } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { StoryValidation, cardPayments, kettleAndCap, sixtyDollarCart } from './story-cart.js';
import { storyClient } from './story-offers.js';

/**
 * Applied codes as the real BFF returns them for a $60.00 cart with WELCOME10 and SAVE5, and for a
 * $75.00 cart the loyalty member pays partly with points and a gift card.
 */
const meta = {
  title: 'Cart/AppliedDiscounts',
  component: AppliedDiscounts,
  // The cards are the loyalty member's: only their session may use them.
  parameters: { persona: 'loyalty-member' },
  loaders: [
    async () => ({
      validation: await storyClient.validate({ cart: sixtyDollarCart, codes: ['WELCOME10', 'SAVE5'] }),
    }),
  ],
  args: { applied: [] },
} satisfies Meta<typeof AppliedDiscounts>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Removable, pending while a change is on its way, read-only, and paid by cards: a gift card and a
 * loyalty card say what they pay, beside the automatic free shipping, never as a saving.
 */
export const States: Story = {
  render: (args, { loaded }) => {
    const { applied, promotions } = loaded.validation as ValidateResponse;
    return (
      <div style={{ display: 'grid', gap: '1.5rem', maxInlineSize: '24rem' }}>
        <AppliedDiscounts {...args} applied={applied} promotions={promotions} onRemove={() => undefined} />
        <AppliedDiscounts.Root
          applied={applied}
          promotions={promotions}
          onRemove={() => undefined}
          pending={['SAVE5']}
          headingLevel={3}
        >
          <AppliedDiscounts.Heading>Pending removal</AppliedDiscounts.Heading>
          <AppliedDiscounts.List />
        </AppliedDiscounts.Root>
        <AppliedDiscounts.Root applied={applied} promotions={promotions} headingLevel={3}>
          <AppliedDiscounts.Heading>Read-only</AppliedDiscounts.Heading>
          <AppliedDiscounts.List />
        </AppliedDiscounts.Root>
        <StoryValidation cart={kettleAndCap} codes={cardPayments}>
          {(paid) => (
            <AppliedDiscounts.Root
              applied={paid.applied}
              promotions={paid.promotions}
              onRemove={() => undefined}
              headingLevel={3}
            >
              <AppliedDiscounts.Heading>Paid by cards</AppliedDiscounts.Heading>
              <AppliedDiscounts.List />
            </AppliedDiscounts.Root>
          )}
        </StoryValidation>
      </div>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { applied } = loaded.validation as ValidateResponse;
    const welcome = applied.find((item) => item.code === 'WELCOME10');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Applied discounts' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Read-only' })).toBeVisible();
    await expect(
      canvas.getAllByText(`WELCOME10 · −\u2060${formatMoney(welcome?.discount ?? 0, 'USD', 'en-US')}`),
    ).toHaveLength(3);
    await expect(canvas.getAllByRole('button', { name: 'Remove WELCOME10' })).toHaveLength(2);
    const pending = canvas.getByRole('button', { name: 'Updating SAVE5…' });
    await expect(pending).toHaveAttribute('aria-disabled', 'true');

    const cards = within(await canvas.findByRole('region', { name: 'Paid by cards' }));
    const chips = cards.getAllByRole('listitem');
    await expect(chips.map((chip) => chip.querySelector('[data-part="label"]')?.textContent)).toEqual([
      'Free shipping · −\u2060$6.95',
      'LOYALTY-SAM · pays $10.00',
      'GIFT-5000-DEMO · pays $20.00',
    ]);
    await expect(chips.map((chip) => chip.getAttribute('data-kind'))).toEqual([
      'promotion',
      'loyalty_card',
      'gift_card',
    ]);
    await expect(cards.getByRole('button', { name: 'Remove GIFT-5000-DEMO' })).toBeVisible();
  },
};
