import type { Cart } from '@promokit/core';
import { useOfferHints, usePromoCart, useRedeem, useWallet } from '@promokit/react';
import {
  AppliedDiscounts,
  CodeInput,
  MissingItemsHint,
  OfferBadge,
  OfferHint,
  OrderTotals,
  RedemptionSummary,
  TierProgress,
  Wallet,
  WhyNotApplied,
} from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { useStoryCart } from './story-shop.js';

const page = { display: 'grid', gap: '1.25rem', maxInlineSize: '32rem' } as const;

/** The Trail Mug's product page: its offers as badges, and what adding it brings closer. */
function ProductPage(): ReactNode {
  const [cart, add] = useStoryCart({ lines: [] });
  const offers = useOfferHints('product', { cart, productIds: ['mug'] });
  const forMug = [...offers.available, ...offers.hints].filter(
    (offer) => offer.code !== undefined || offer.productIds?.includes('mug'),
  );
  return (
    <article aria-labelledby="product-name" style={page}>
      <h2 id="product-name">Trail Mug</h2>
      <ul
        aria-label="Offers"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', padding: 0, listStyle: 'none' }}
      >
        {forMug.map((offer) => (
          <li key={offer.id}>
            <OfferBadge offer={offer} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => add([{ productId: 'mug', quantity: 1 }])}>
        Add to cart
      </button>
      <section aria-label="In your cart">
        <p>{cart.lines.reduce((sum, line) => sum + line.quantity, 0)} in your cart</p>
        {offers.hints
          .filter((offer) => offer.missingAmount !== undefined && offer.code === undefined)
          .slice(0, 1)
          .map((offer) => (
            <OfferHint key={offer.id} offer={offer} />
          ))}
      </section>
    </article>
  );
}

/** The cart page: tiers, bundles, near misses, the code input, applied discounts and totals. */
function CartPage({ initial }: { initial: Cart }): ReactNode {
  const [cart, add] = useStoryCart(initial);
  const offers = useOfferHints('cart', { cart });
  const promo = usePromoCart(cart);
  return (
    <div style={page}>
      <h2>Your cart</h2>
      {promo.totals && (
        <TierProgress offers={offers.hints} amount={promo.totals.subtotal + promo.totals.shipping} />
      )}
      {offers.hints.map((offer) => (
        <MissingItemsHint key={offer.id} offer={offer} onAdd={add} />
      ))}
      <WhyNotApplied offers={offers.hints} />
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="#cart" signInHref="#sign-in" />
      <AppliedDiscounts
        applied={promo.applied}
        items={promo.items}
        promotions={promo.promotions}
        onRemove={promo.remove}
        headingLevel={3}
      />
      <OrderTotals totals={promo.totals} />
    </div>
  );
}

/** Checkout as a signed-in shopper: one code input, their wallet, discounts and totals. */
function CheckoutPage({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  const wallet = useWallet();
  return (
    <div style={page}>
      <h2>Checkout</h2>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="#cart" signInHref="#sign-in" />
      <Wallet
        entries={wallet.data?.entries ?? []}
        items={promo.items}
        onApply={(code) => void promo.apply(code)}
        headingLevel={3}
      />
      <AppliedDiscounts
        applied={promo.applied}
        items={promo.items}
        promotions={promo.promotions}
        onRemove={promo.remove}
        headingLevel={3}
      />
      <OrderTotals totals={promo.totals} />
    </div>
  );
}

/** Placing the order redeems the codes once for its id; the confirmation shows the savings. */
function ConfirmationPage({ cart }: { cart: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  const redeem = useRedeem();
  const [orderId] = useState(() => `story-${crypto.randomUUID()}`);
  if (redeem.data?.status === 'redeemed') {
    return (
      <RedemptionSummary
        totals={redeem.data.totals}
        pointsEarned={redeem.data.pointsEarned}
        rejected={redeem.data.rejected}
      />
    );
  }
  return (
    <div style={page}>
      <h2>Review your order</h2>
      <CodeInput apply={promo.apply} onRemove={promo.remove} />
      <AppliedDiscounts
        applied={promo.applied}
        items={promo.items}
        promotions={promo.promotions}
        onRemove={promo.remove}
        headingLevel={3}
      />
      <OrderTotals totals={promo.totals} />
      <button
        type="button"
        aria-disabled={redeem.isPending}
        onClick={() => {
          if (!redeem.isPending) redeem.mutate({ orderId, cart, codes: [...promo.codes] });
        }}
      >
        Place order
      </button>
    </div>
  );
}

/** Every journey stage composed from the kit's components on the real BFF and engine. */
const meta = { title: 'Journeys', component: CartPage } satisfies Meta<typeof CartPage>;

export default meta;

/** Offer badges where the shopper browses, and the next spend tier once the mug is in the cart. */
export const Product: StoryObj = {
  render: () => <ProductPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const offers = within(await canvas.findByRole('list', { name: 'Offers' }));
    await expect(await offers.findByText('Buy 2 mugs, get 1 free')).toBeVisible();
    await expect(offers.getByText('10% off with WELCOME10')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add to cart' }));
    const cart = within(canvas.getByRole('region', { name: 'In your cart' }));
    // Free shipping from $75.00 of order amount, the $6.95 shipping line included: $25.00 + $6.95.
    await expect(await cart.findByText('$43.05 more for free shipping')).toBeVisible();
  },
};

/** A $60.00 cart: tier progress, completing a bundle, a code, and automatic promotions. */
export const CartStage: StoryObj<typeof meta> = {
  name: 'Cart',
  args: {
    initial: {
      lines: [
        { productId: 'mug', quantity: 1 },
        { productId: 'tote', quantity: 1 },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('progressbar', { name: 'Progress to your next offers' }),
    ).toBeVisible();
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Promo or gift card code' }),
      'WELCOME10{Enter}',
    );
    // 10% of the order amount: $60.00 of goods and $6.95 of shipping.
    await expect(await canvas.findByText('WELCOME10 · −\u2060$6.70')).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: 'Add to cart: 1 × Field Cap' }));
    const applied = within(canvas.getByRole('region', { name: 'Applied discounts' }));
    await expect(await applied.findByText('Trail kit for 79.00 · −\u2060$11.00')).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Remove WELCOME10' })).toBeVisible());
  },
};

/** Checkout as the loyalty member: a code typed, the gift card from the wallet in one click. */
export const Checkout: StoryObj<typeof CheckoutPage> = {
  render: (args) => <CheckoutPage {...args} />,
  args: { cart: { lines: [{ productId: 'summit-daypack', quantity: 1 }] } },
  parameters: { persona: 'loyalty-member' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Promo or gift card code' }), 'SAVE5{Enter}');
    await expect(await canvas.findByText('SAVE5 · −\u2060$5.00')).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: 'Apply GIFT-5000-DEMO' }));
    // The gift card pays, after every discount; it is no discount itself.
    await expect(await canvas.findByText('GIFT-5000-DEMO · pays $50.00')).toBeVisible();
    // $89.00 + $6.95 shipping − $5.00 − $6.95 of free shipping over $75.00, applied automatically.
    await expect(await canvas.findByText('$84.00', { selector: '[data-row="total"] dd' })).toBeVisible();
    await expect(canvas.getByText('Free shipping · −\u2060$6.95')).toBeVisible();
    await expect(canvas.getByText('$34.00', { selector: '[data-row="due"] dd' })).toBeVisible();
    // Removed, the card is there to apply again.
    await userEvent.click(canvas.getByRole('button', { name: 'Remove GIFT-5000-DEMO' }));
    await canvas.findByRole('button', { name: 'Apply GIFT-5000-DEMO' });
  },
};

/** The order placed and redeemed: what the shopper saved. */
export const Confirmation: StoryObj<typeof ConfirmationPage> = {
  render: (args) => <ConfirmationPage {...args} />,
  args: { cart: { lines: [{ productId: 'tote', quantity: 2 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Promo or gift card code' }), 'SAVE5{Enter}');
    await canvas.findByText('SAVE5 · −\u2060$5.00');
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    const summary = within(await canvas.findByRole('region', { name: 'Your savings' }));
    // SAVE5, and the shipping two totes no longer pay.
    await expect(summary.getByText('You saved $11.95')).toBeVisible();
  },
};

/** The cart stage in German: copy from the `de` catalogue, money in German format. */
export const CartInGerman: StoryObj<typeof meta> = {
  ...CartStage,
  name: 'Cart (Deutsch)',
  globals: { locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: 'Gutschein- oder Geschenkkartencode' });
    await userEvent.type(field, 'NOPE{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Den Code NOPE gibt es nicht'));
    await userEvent.clear(field);
    await userEvent.type(field, 'WELCOME10{Enter}');
    await expect(await canvas.findByText('WELCOME10 · −\u20606,70 $')).toBeVisible();
  },
};
