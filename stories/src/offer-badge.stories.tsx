import type { Cart, Offer } from '@promokit/core';
import { useOfferHints } from '@promokit/react';
import { OfferBadge, useMessages } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, waitFor, within } from 'storybook/test';

import { threeMugs } from './story-cart.js';
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

/** Products of a listing page: two in the Trail kit bundle and mug trio, one with a code of its own. */
const listed = ['mug', 'tote', 'cap', 'coffee-club'];

/** Whether an offer is about a product: it targets the product, or gives it free. */
const isFor = (offer: Offer, productId: string): boolean =>
  (offer.productIds?.includes(productId) ?? false) ||
  (offer.effect.type === 'free_items' && offer.effect.productId === productId);

/** The badges of `offers`, or one busy empty badge while they load. */
function Badges(props: { label: string; offers: readonly Offer[]; loading: boolean }): ReactNode {
  const { label, offers, loading } = props;
  return (
    <ul
      aria-label={label}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: 0, padding: 0, listStyle: 'none' }}
    >
      {loading ? (
        <li>
          <OfferBadge loading />
        </li>
      ) : (
        offers.map((offer) => (
          <li key={offer.id}>
            <OfferBadge offer={offer} />
          </li>
        ))
      )}
    </ul>
  );
}

/** A listing page's badges from the real BFF (stage `listing`), nothing in the cart yet. */
function ListingBadges(): ReactNode {
  const { available, hints, isLoading } = useOfferHints('listing', { productIds: listed });
  const { product } = useMessages();
  const offers = [...available, ...hints];
  return listed.map((productId) => (
    <Badges
      key={productId}
      label={`Offers on ${product(productId)}`}
      offers={offers.filter((offer) => isFor(offer, productId))}
      loading={isLoading}
    />
  ));
}

/**
 * The Trail Mug's page with `cart` (stage `product`): badges for offers on the mug, for codes, and
 * for automatic promotions on the whole order.
 */
function ProductBadges({ cart }: { cart: Cart }): ReactNode {
  const { available, hints, isLoading } = useOfferHints('product', { cart, productIds: ['mug'] });
  const offers = [...available, ...hints];
  const automatic = offers.filter((offer) => offer.code === undefined);
  return (
    <>
      <Badges
        label="Offers on Trail Mug"
        offers={automatic.filter((offer) => isFor(offer, 'mug'))}
        loading={isLoading}
      />
      <Badges label="Codes" offers={offers.filter((offer) => offer.code !== undefined)} loading={isLoading} />
      <Badges
        label="On the whole order"
        offers={automatic.filter((offer) => !offer.productIds)}
        loading={isLoading}
      />
    </>
  );
}

function OfferBadgeStates(): ReactNode {
  return (
    <StateGrid>
      <StatePanel title="Loading: an empty badge where each product's will appear" client={stalledClient}>
        <ListingBadges />
      </StatePanel>
      <StatePanel title="Error: the promotions service failed, no badge" client={failingClient}>
        <ListingBadges />
      </StatePanel>
      <StatePanel title="Offline: no network, no badge" client={offlineClient}>
        <ListingBadges />
      </StatePanel>
      <StatePanel title="Listing, nothing in the cart">
        <ListingBadges />
      </StatePanel>
      <StatePanel title="Trail Mug page, three mugs in the cart">
        <ProductBadges cart={threeMugs} />
      </StatePanel>
    </StateGrid>
  );
}

/** Offer badges for listing and product pages, from the real BFF's qualifications. */
const meta = {
  title: 'Product/OfferBadge',
  component: OfferBadgeStates,
} satisfies Meta<typeof OfferBadgeStates>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Loading (an empty busy badge, as tall as a badge, per product); no badge rather than one left
 * loading for ever when the service fails or the network is gone; every kind of offer the demo seed has for products, close (`near`) or got (`qualifies`): a bundle
 * price and a free item applied automatically, percent and amount off with a code (capped or not),
 * a free product with a code, free shipping and spend tiers on the whole order.
 */
export const States: Story = {
  play: async ({ canvasElement }) => {
    const loadingPanel = statePanel(
      canvasElement,
      "Loading: an empty badge where each product's will appear",
    );
    const loading = within(loadingPanel.getByRole('list', { name: 'Offers on Trail Mug' }));
    const skeleton = await expectLoading(loading);
    await expect(skeleton).toBeVisible();
    await expect(loadingPanel.getAllByRole('status')).toHaveLength(listed.length);

    const listing = statePanel(canvasElement, 'Listing, nothing in the cart');
    const mug = within(await listing.findByRole('list', { name: 'Offers on Trail Mug' }));
    // The list is there while its badges load: its badges come with the answer.
    await expectNoShift(skeleton, await mug.findByText('Trail kit for 79.00'));
    await expectOffer(mug.getByText('Trail kit for 79.00'), 'near', 'amount_off');
    await expectOffer(mug.getByText('Buy 2 mugs, get 1 free'), 'near', 'percent_off');
    const cap = within(listing.getByRole('list', { name: 'Offers on Field Cap' }));
    await expect(cap.getAllByRole('listitem')).toHaveLength(1);
    await expectOffer(cap.getByText('Trail kit for 79.00'), 'near', 'amount_off');
    const club = within(listing.getByRole('list', { name: 'Offers on Coffee Club' }));
    await expectOffer(club.getByText('1 free Coffee Club with FREEMONTH'), 'near', 'free_items');

    const page = statePanel(canvasElement, 'Trail Mug page, three mugs in the cart');
    const onMug = within(await page.findByRole('list', { name: 'Offers on Trail Mug' }));
    await expectOffer(await onMug.findByText('Buy 2 mugs, get 1 free'), 'qualifies', 'percent_off');
    await expectOffer(onMug.getByText('Trail kit for 79.00'), 'near', 'amount_off');
    const codes = within(page.getByRole('list', { name: 'Codes' }));
    await expectOffer(codes.getByText('10% off with WELCOME10'), 'qualifies', 'percent_off');
    await expectOffer(codes.getByText('25% off, up to $25.00 with BIG25'), 'qualifies', 'percent_off');
    await expectOffer(codes.getByText('$5.00 off with SAVE5'), 'qualifies', 'amount_off');
    await expectOffer(codes.getByText('1 free Coffee Club with FREEMONTH'), 'near', 'free_items');
    const order = within(page.getByRole('list', { name: 'On the whole order' }));
    await expectOffer(order.getByText('Free shipping'), 'qualifies', 'free_shipping');
    await expectOffer(order.getByText('5% off from 100.00'), 'near', 'percent_off');

    for (const name of ['Error: the promotions service failed, no badge', 'Offline: no network, no badge']) {
      const broken = statePanel(canvasElement, name);
      // The retries of a failed request give up within seconds.
      await waitFor(() => expect(broken.queryByRole('status')).toBeNull(), { timeout: 10_000 });
      await expect(broken.queryAllByRole('listitem')).toHaveLength(0);
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
