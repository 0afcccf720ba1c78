import { type Cart, createPromoClient } from '@promokit/core';
import { PromoProvider, useOfferHints } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { MissingItemsHint } from './missing-items-hint.js';
import { baseUrl, busyPartOf, spoken } from './test-support/demo-shop.js';

/** One Trail Mug: a bundle still misses items. */
const oneMug: Cart = { lines: [{ productId: 'mug', quantity: 1 }] };

/** The cart's bundle from the real BFF, busy until its answer. */
function Bundle(): ReactNode {
  const { hints, isLoading } = useOfferHints('cart', { cart: oneMug });
  const bundle = hints.find((offer) => offer.missingItems?.length);
  return <MissingItemsHint offer={bundle} loading={isLoading} onAdd={() => undefined} />;
}

describe('MissingItemsHint', () => {
  it('is a busy skeleton, read as "Loading…" alone, until the offers come, then the hint and its button', async () => {
    render(
      <PromoProvider client={createPromoClient({ baseUrl })} persistCodes="none">
        <Bundle />
      </PromoProvider>,
    );
    const part = busyPartOf(screen.getByRole('status'));
    expect(spoken(part)).toBe('Loading…');
    // A bar for the text and one for the button to come.
    expect(
      [...part.querySelectorAll('[data-part="skeleton"]')].map((bar) => bar.getAttribute('data-size')),
    ).toEqual(['line', 'control']);

    await screen.findByRole('button', { name: /^Add to cart: / });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
