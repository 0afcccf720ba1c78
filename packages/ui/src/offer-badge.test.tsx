import { createPromoClient } from '@promokit/core';
import { PromoProvider, useOfferHints } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { OfferBadge } from './offer-badge.js';
import { baseUrl, busyPartOf, spoken } from './test-support/demo-shop.js';

/** The listing's first offer from the real BFF as a badge, busy until its answer. */
function FirstBadge(): ReactNode {
  const { available, isLoading } = useOfferHints('listing', { productIds: ['mug'] });
  return <OfferBadge offer={available[0]} loading={isLoading} />;
}

describe('OfferBadge', () => {
  it('is a busy empty badge, read as "Loading…" alone, until the offers come, then the offer', async () => {
    const { offers } = await createPromoClient({ baseUrl }).qualifications({
      stage: 'listing',
      cart: { lines: [] },
      productIds: ['mug'],
    });
    render(
      <PromoProvider client={createPromoClient({ baseUrl })} persistCodes="none">
        <FirstBadge />
      </PromoProvider>,
    );
    const part = busyPartOf(screen.getByRole('status'));
    expect(part.getAttribute('data-scope')).toBe('offer-badge');
    expect(spoken(part)).toBe('Loading…');

    const first = offers.find((offer) => offer.qualifies);
    if (!first) throw new Error('The mug has no offer on the listing');
    await screen.findByText(first.code === undefined ? first.label : new RegExp(` with ${first.code}$`));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
