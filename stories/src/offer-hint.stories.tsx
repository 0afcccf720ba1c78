import type { Cart } from '@promokit/core';
import { useOfferHints } from '@promokit/react';
import { OfferHint } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';

import { oneMug, threeMugs, twoMugs } from './story-cart.js';
import { StateGrid, StatePanel, expectOffer, statePanel, darkRightToLeft } from './story-states.js';

/** The hint for one offer of the real BFF's qualifications for `cart` (stage `cart`). */
function HintFor({ cart, offerId }: { cart: Cart; offerId: string }): ReactNode {
  const { available, hints, isLoading } = useOfferHints('cart', { cart });
  if (isLoading) return <p>Loading offers…</p>;
  const offer = [...available, ...hints].find((item) => item.id === offerId);
  return offer && <OfferHint offer={offer} />;
}

function OfferHintStates(): ReactNode {
  return (
    <StateGrid>
      <StatePanel title="Near: an amount to go, two mugs in the cart">
        <HintFor cart={twoMugs} offerId="promo_Fr33Sh1p75" />
      </StatePanel>
      <StatePanel title="Near: items to add, one mug in the cart">
        <HintFor cart={oneMug} offerId="promo_Tr41lK1t79" />
      </StatePanel>
      <StatePanel title="Qualifies, three mugs in the cart">
        <HintFor cart={threeMugs} offerId="promo_Fr33Sh1p75" />
      </StatePanel>
    </StateGrid>
  );
}

/** One offer's hint, for carts chosen so the real BFF's qualifications give each state. */
const meta = { title: 'Cart/OfferHint', component: OfferHintStates } satisfies Meta<typeof OfferHintStates>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `near` with the amount still missing (free shipping from $75.00), `near` with the bundle items
 * still missing (the Trail kit), and `qualifies` once the cart gets the offer.
 */
export const States: Story = {
  play: async ({ canvasElement }) => {
    const amount = statePanel(canvasElement, 'Near: an amount to go, two mugs in the cart');
    await expectOffer(await amount.findByText('$18.05 more for free shipping'), 'near', 'free_shipping');
    const items = statePanel(canvasElement, 'Near: items to add, one mug in the cart');
    await expectOffer(
      await items.findByText('Add 1 × Canvas Tote and 1 × Field Cap for $11.00 off'),
      'near',
      'amount_off',
    );
    const qualifies = statePanel(canvasElement, 'Qualifies, three mugs in the cart');
    await expectOffer(await qualifies.findByText('You get free shipping'), 'qualifies', 'free_shipping');
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
