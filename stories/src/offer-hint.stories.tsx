import type { Cart } from '@promokit/core';
import { useOfferHints } from '@promokit/react';
import { OfferHint } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, waitFor } from 'storybook/test';

import { oneMug, threeMugs, twoMugs } from './story-cart.js';
import { failingClient, offlineClient, stalledClient } from './story-offers.js';
import {
  StateGrid,
  StatePanel,
  expectLoading,
  expectNoShift,
  expectOffer,
  statePanel,
  darkRightToLeft,
} from './story-states.js';

/**
 * The hint for one offer of the real BFF's qualifications for `cart` (stage `cart`), a skeleton
 * while they load.
 */
function HintFor({ cart, offerId }: { cart: Cart; offerId: string }): ReactNode {
  const { available, hints, isLoading } = useOfferHints('cart', { cart });
  const offer = [...available, ...hints].find((item) => item.id === offerId);
  return <OfferHint offer={offer} loading={isLoading} />;
}

function OfferHintStates(): ReactNode {
  return (
    <StateGrid>
      <StatePanel title="Loading: a skeleton where the hint will appear" client={stalledClient}>
        <HintFor cart={twoMugs} offerId="promo_Fr33Sh1p75" />
      </StatePanel>
      <StatePanel title="Error: the promotions service failed, no hint" client={failingClient}>
        <HintFor cart={twoMugs} offerId="promo_Fr33Sh1p75" />
      </StatePanel>
      <StatePanel title="Offline: no network, no hint" client={offlineClient}>
        <HintFor cart={twoMugs} offerId="promo_Fr33Sh1p75" />
      </StatePanel>
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
 * Loading (a skeleton line as tall as the hint, marked busy); no hint, rather than a skeleton left
 * for ever, when the service fails or the network is gone; `near` with the amount still missing (free shipping from $75.00), `near` with the bundle items
 * still missing (the Trail kit), and `qualifies` once the cart gets the offer.
 */
export const States: Story = {
  play: async ({ canvasElement }) => {
    const loading = await expectLoading(
      statePanel(canvasElement, 'Loading: a skeleton where the hint will appear'),
    );
    const amount = statePanel(canvasElement, 'Near: an amount to go, two mugs in the cart');
    const hint = await amount.findByText('$18.05 more for free shipping');
    await expectOffer(hint, 'near', 'free_shipping');
    await expectNoShift(loading, hint);
    for (const name of ['Error: the promotions service failed, no hint', 'Offline: no network, no hint']) {
      const broken = statePanel(canvasElement, name);
      // The retries of a failed request give up within seconds.
      await waitFor(() => expect(broken.queryByRole('status')).toBeNull(), { timeout: 10_000 });
      await expect(broken.queryByText(/ more for |You get /)).toBeNull();
    }
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
