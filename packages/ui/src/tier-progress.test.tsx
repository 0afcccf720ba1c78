import { type Cart, createPromoClient } from '@promokit/core';
import { PromoProvider, useOfferHints } from '@promokit/react';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { baseUrl, busyPartOf, spoken } from './test-support/demo-shop.js';
import { TierProgress } from './tier-progress.js';

/** Two Trail Mugs, $50.00 of goods: short of free shipping. */
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/** The cart's tiers from the real BFF, busy until its answer. */
function CartTiers(): ReactNode {
  const { hints, isLoading } = useOfferHints('cart', { cart: twoMugs });
  return <TierProgress offers={hints} loading={isLoading} amount={5000} />;
}

describe('TierProgress', () => {
  it('is a busy skeleton, read as "Loading…" alone, until the offers come, then the bar', async () => {
    render(
      <PromoProvider client={createPromoClient({ baseUrl })} persistCodes="none">
        <CartTiers />
      </PromoProvider>,
    );
    const part = busyPartOf(screen.getByRole('status'));
    expect(spoken(part)).toBe('Loading…');
    expect(screen.queryByRole('progressbar')).toBeNull();

    const bar = await screen.findByRole('progressbar', { name: 'Progress to your next offers' });
    expect(bar.getAttribute('aria-valuenow')).toBe('5000');
    expect(screen.queryByRole('status')).toBeNull();
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
  });
});
