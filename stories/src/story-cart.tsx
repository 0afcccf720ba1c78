import type { Cart, CodeEntry, ValidateResponse } from '@promokit/core';
import { usePromoCart } from '@promokit/react';
import { AppliedDiscounts, CodeInput, OrderTotals } from '@promokit/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { storyClient } from './story-offers.js';

/** Two demo products, $60.00 in all. */
export const sixtyDollarCart: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

/** One demo product, $30.00: below WELCOME10's $50.00 minimum. */
export const thirtyDollarCart: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };

/** One Trail Mug, $25.00: the Trail kit bundle still needs a Canvas Tote and a Field Cap. */
export const oneMug: Cart = { lines: [{ productId: 'mug', quantity: 1 }] };

/** Two Trail Mugs, $50.00: $25.00 short of free shipping. */
export const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/** Three Trail Mugs, $75.00: the third is free, and so is shipping. */
export const threeMugs: Cart = { lines: [{ productId: 'mug', quantity: 3 }] };

/** A Camp Kettle and a Field Cap, $75.00 of goods: shipping is free. */
export const kettleAndCap: Cart = {
  lines: [
    { productId: 'camp-kettle', quantity: 1 },
    { productId: 'cap', quantity: 1 },
  ],
};

/** What the loyalty member pays by card: 1,000 points ($10.00) and $20.00 of their gift card. */
export const cardPayments: CodeEntry[] = [
  { code: 'LOYALTY-SAM', points: 1000 },
  { code: 'GIFT-5000-DEMO', amount: 2000 },
];

/**
 * What the real BFF answers for `codes` on `cart` in the story's session, given to `children` once
 * it arrives: for states that need the shopper's own cards, which only their session may use.
 */
export function StoryValidation(props: {
  cart: Cart;
  codes: CodeEntry[];
  children: (answer: ValidateResponse) => ReactNode;
}): ReactNode {
  const { cart, codes, children } = props;
  const answer = useQuery({
    queryKey: ['story-validation', cart, codes],
    queryFn: () => storyClient.validate({ cart, codes }),
  });
  return answer.data ? children(answer.data) : null;
}

/**
 * A cart summary as a storefront composes it: code input, applied discounts, totals. `heading`
 * names the applied discounts when a story shows several summaries at once.
 */
export function StoryCart({ cart, heading }: { cart: Cart; heading?: string }): ReactNode {
  const promo = usePromoCart(cart);
  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '22rem' }}>
      <CodeInput apply={promo.apply} onRemove={promo.remove} cartHref="#cart" signInHref="#sign-in" />
      <AppliedDiscounts.Root applied={promo.applied} items={promo.items} onRemove={promo.remove}>
        <AppliedDiscounts.Heading>{heading}</AppliedDiscounts.Heading>
        <AppliedDiscounts.List />
      </AppliedDiscounts.Root>
      <OrderTotals totals={promo.totals} />
    </div>
  );
}
