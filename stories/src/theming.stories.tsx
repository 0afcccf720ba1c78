import { useOfferHints, usePromoCart } from '@promokit/react';
import { MissingItemsHint, OfferBadge, TierProgress, WhyNotApplied } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';

import { StoryCart, sixtyDollarCart } from './story-cart.js';

const surface: CSSProperties = {
  padding: '1rem',
  background: 'var(--promo-color-surface)',
  color: 'var(--promo-color-text)',
};

/** A custom brand is a handful of `--promo-*` variables on a container. */
const brand = {
  ...surface,
  '--promo-color-accent': '#7a1f5c',
  '--promo-color-on-accent': '#ffffff',
  '--promo-color-success': '#2f5d1e',
  '--promo-color-success-surface': '#eef6e8',
  '--promo-radius': '0',
  '--promo-font': '15px/1.5 Georgia, serif',
} as CSSProperties;

/** The offer parts for the same $60.00 cart, from the real BFF, so each theme shows them too. */
function Offers(): ReactNode {
  const { available, hints } = useOfferHints('cart', { cart: sixtyDollarCart });
  const { totals } = usePromoCart(sixtyDollarCart);
  if (!totals) return null;
  return (
    <div style={{ display: 'grid', gap: '0.75rem', marginBlockStart: '1rem' }}>
      <TierProgress offers={hints} amount={totals.subtotal + totals.shipping} />
      {hints.map((offer) => (
        <MissingItemsHint key={offer.id} offer={offer} onAdd={() => undefined} />
      ))}
      <WhyNotApplied offers={hints} defaultOpen />
      <p>
        {available.map((offer) => (
          <OfferBadge key={offer.id} offer={offer} />
        ))}
      </p>
    </div>
  );
}

function Themes(): ReactNode {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
      <section aria-label="Light" style={surface}>
        <StoryCart cart={sixtyDollarCart} heading="Applied discounts, light" />
        <Offers />
      </section>
      <section aria-label="Dark" data-promo-theme="dark" style={surface}>
        <StoryCart cart={sixtyDollarCart} heading="Applied discounts, dark" />
        <Offers />
      </section>
      <section aria-label="Custom brand" style={brand}>
        <StoryCart cart={sixtyDollarCart} heading="Applied discounts, brand" />
        <Offers />
      </section>
      <section aria-label="Right to left" dir="rtl" style={surface}>
        <StoryCart cart={sixtyDollarCart} heading="Applied discounts, right to left" />
        <Offers />
      </section>
    </div>
  );
}

/** Light, dark, a custom brand and right-to-left, with a code applied and the offer parts in each. */
const meta = { title: 'Theming', component: Themes } satisfies Meta<typeof Themes>;

export default meta;

export const LightDarkBrand: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    for (const name of ['Light', 'Dark', 'Custom brand', 'Right to left']) {
      const region = within(within(canvasElement).getByRole('region', { name }));
      await userEvent.type(region.getByRole('textbox', { name: 'Promo or gift card code' }), 'WELCOME10');
      await userEvent.click(region.getByRole('button', { name: 'Apply' }));
      // 10% of $60.00 and $6.95 of shipping.
      await expect(await region.findByText('WELCOME10 · −\u2060$6.70')).toBeVisible();
      await expect(
        await region.findByRole('progressbar', { name: 'Progress to your next offers' }),
      ).toBeVisible();
      await expect(region.getByRole('button', { name: 'Offers you are close to' })).toBeVisible();
    }
  },
};
