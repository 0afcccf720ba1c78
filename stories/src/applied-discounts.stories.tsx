import { AppliedDiscounts } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { sixtyDollarCart } from './story-cart.js';
import { storyClient } from './story-offers.js';

/** Applied codes as the real BFF returns them for a $60.00 cart with WELCOME10 and SAVE5. */
const meta = {
  title: 'Cart/AppliedDiscounts',
  component: AppliedDiscounts,
  loaders: [
    async () => ({
      validation: await storyClient.validate({ cart: sixtyDollarCart, codes: ['WELCOME10', 'SAVE5'] }),
    }),
  ],
  args: { applied: [] },
} satisfies Meta<typeof AppliedDiscounts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Removable, pending while a change is on its way, read-only, and with automatic promotions. */
export const States: Story = {
  render: (args, { loaded }) => {
    const { applied, promotions } = loaded.validation as Awaited<ReturnType<typeof storyClient.validate>>;
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
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Applied discounts' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Read-only' })).toBeVisible();
    await expect(canvas.getAllByText('WELCOME10 · −$6.00')).toHaveLength(3);
    await expect(canvas.getAllByRole('button', { name: 'Remove WELCOME10' })).toHaveLength(2);
    const pending = canvas.getByRole('button', { name: 'Updating SAVE5…' });
    await expect(pending).toHaveAttribute('aria-disabled', 'true');
  },
};
