import {
  REJECTION_REASONS,
  type Rejection,
  type RejectionReason,
  type ValidateResponse,
  formatMoney,
} from '@promokit/core';
import type { CartCode } from '@promokit/react';
import { AppliedDiscounts } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { StoryValidation, cardPayments, kettleAndCap, sixtyDollarCart } from './story-cart.js';
import { storyClient } from './story-offers.js';
import { darkRightToLeft } from './story-states.js';

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
 * A code that stopped applying for each rejection reason of the kit contract, with what the reason
 * carries (the amount or items missing, what it clashes with, the limit). Typed by reason, so that a
 * reason added to `@promokit/core` must be shown here too.
 */
const everyRejection: { [R in RejectionReason]: Extract<Rejection, { reason: R }> } = {
  // A partner code as long as they come: its chip wraps inside the section, never widening it.
  not_found: { reason: 'not_found', code: 'SUMMER-SALE-2026-EXTRA-LONG-PARTNER-CODE42' },
  already_applied: { reason: 'already_applied', code: 'welcome10' },
  expired: { reason: 'expired', code: 'OLDSPRING' },
  not_active_yet: { reason: 'not_active_yet', code: 'AUTUMN20' },
  inactive: { reason: 'inactive', code: 'PAUSED5' },
  usage_limit_reached: { reason: 'usage_limit_reached', code: 'LASTONE' },
  customer_not_eligible: { reason: 'customer_not_eligible', code: 'FIRST15' },
  cart_below_minimum: { reason: 'cart_below_minimum', code: 'BASKET25', missingAmount: 2000 },
  missing_items: {
    reason: 'missing_items',
    code: 'TRAILKIT',
    items: [
      { productId: 'tote', quantity: 1 },
      { productId: 'cap', quantity: 1 },
    ],
  },
  not_combinable: {
    reason: 'not_combinable',
    code: 'PARTNER5',
    conflictsWith: ['CLEARANCE30'],
    promotions: ['Free shipping'],
  },
  insufficient_balance: { reason: 'insufficient_balance', code: 'GIFT-EMPTY' },
  own_referral_code: { reason: 'own_referral_code', code: 'JO-FRIEND' },
  requires_sign_in: { reason: 'requires_sign_in', code: 'VIP20' },
  too_many_attempts: { reason: 'too_many_attempts', code: 'GUESS1' },
  promotions_unavailable: { reason: 'promotions_unavailable', code: 'SUMMER10' },
  cart_not_eligible: { reason: 'cart_not_eligible', code: 'BAGS15' },
  too_many_codes: { reason: 'too_many_codes', code: 'EXTRA5', limit: 3 },
};

/** Each of {@link everyRejection} as a code of the cart that stopped applying. */
const rejectedCodes: CartCode[] = REJECTION_REASONS.map((reason) => ({
  code: everyRejection[reason].code,
  status: 'rejected',
  applied: undefined,
  rejection: everyRejection[reason],
}));

/**
 * Codes kept from an earlier visit, before their answer for this cart comes: each chip is there
 * with its code, pending and busy, what it takes off still loading.
 */
const checkingCodes: CartCode[] = ['WELCOME10', 'SAVE5'].map((code) => ({
  code,
  status: 'checking',
  applied: undefined,
  rejection: undefined,
}));

/**
 * Loading (codes kept from an earlier visit, each a pending chip until the cart's answer comes: the
 * chip is where the code will be, so nothing moves); empty (the section hidden); removable, pending
 * while a change is on its way, read-only, stopped applying (one code for every
 * rejection reason), and paid by cards: a gift card and a loyalty card say what they pay, beside the
 * automatic free shipping, never as a saving.
 */
export const States: Story = {
  render: (args, { loaded }) => {
    const { applied, promotions } = loaded.validation as ValidateResponse;
    return (
      <div style={{ display: 'grid', gap: '1.5rem', maxInlineSize: '24rem' }}>
        <AppliedDiscounts.Root applied={[]} items={checkingCodes} onRemove={() => undefined} headingLevel={3}>
          <AppliedDiscounts.Heading>Loading: codes being checked</AppliedDiscounts.Heading>
          <AppliedDiscounts.List />
        </AppliedDiscounts.Root>
        <AppliedDiscounts.Root applied={[]} headingLevel={3}>
          <AppliedDiscounts.Heading>Empty: nothing applied</AppliedDiscounts.Heading>
          <AppliedDiscounts.List />
        </AppliedDiscounts.Root>
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
        <AppliedDiscounts.Root applied={[]} items={rejectedCodes} onRemove={() => undefined} headingLevel={3}>
          <AppliedDiscounts.Heading>Stopped applying, for every reason</AppliedDiscounts.Heading>
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
    const loading = within(canvas.getByRole('region', { name: 'Loading: codes being checked' }));
    for (const code of ['WELCOME10', 'SAVE5']) {
      const chip = loading.getByText(code).closest('li');
      await expect(chip).toHaveAttribute('data-state', 'pending');
      await expect(chip).toHaveAttribute('aria-busy', 'true');
      await expect(loading.getByRole('button', { name: `Updating ${code}…` })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    }
    // Nothing applied: the section is there, hidden, and its heading is not read.
    const empty = canvas.getByText('Empty: nothing applied').closest('section');
    await expect(empty).toHaveAttribute('hidden');
    await expect(empty).toHaveAttribute('data-state', 'empty');
    await expect(canvas.queryByRole('heading', { name: 'Empty: nothing applied' })).toBeNull();
    await expect(canvas.getByRole('region', { name: 'Applied discounts' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Read-only' })).toBeVisible();
    await expect(
      canvas.getAllByText(`WELCOME10 · −\u2060${formatMoney(welcome?.discount ?? 0, 'USD', 'en-US')}`),
    ).toHaveLength(3);
    await expect(canvas.getAllByRole('button', { name: 'Remove WELCOME10' })).toHaveLength(2);
    const pending = within(canvas.getByRole('region', { name: 'Pending removal' })).getByRole('button', {
      name: 'Updating SAVE5…',
    });
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

    // Every reason of the contract has its own words, never a bare message key.
    const stopped = within(canvas.getByRole('region', { name: 'Stopped applying, for every reason' }));
    const details = stopped
      .getAllByRole('listitem')
      .map((chip) => chip.querySelector('[data-part="detail"]')?.textContent ?? '');
    await expect(details).toHaveLength(REJECTION_REASONS.length);
    await expect(new Set(details).size).toBe(REJECTION_REASONS.length);
    for (const detail of details) await expect(detail).not.toMatch(/^$|rejection\.|\{/);
    await expect(details).toContain('Add $20.00 more to use BASKET25');
    await expect(details).toContain("We couldn't find the code SUMMER-SALE-2026-EXTRA-LONG-PARTNER-CODE42");
    const section = canvas.getByRole('region', { name: 'Stopped applying, for every reason' });
    await expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
    await expect(details).toContain("PARTNER5 can't be combined with CLEARANCE30 and Free shipping");
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
