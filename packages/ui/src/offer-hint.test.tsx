import { type Cart, createPromoClient } from '@promokit/core';
import { PromoProvider, useOfferHints } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { de } from './messages/de.js';
import { OfferHint } from './offer-hint.js';
import { PromoMessages } from './promo-messages.js';
import { baseUrl, busyPartOf, spoken } from './test-support/demo-shop.js';

/** Two Trail Mugs, $50.00 of goods: short of free shipping. */
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/** The cart's first hint from the real BFF, busy until its answer. */
function FirstHint(): ReactNode {
  const { hints, isLoading } = useOfferHints('cart', { cart: twoMugs });
  return <OfferHint offer={hints[0]} loading={isLoading} data-testid="hint" />;
}

describe('OfferHint', () => {
  it('is a busy skeleton line, read as "Loading…" alone, until the offers come, then the hint', async () => {
    render(
      <PromoProvider client={createPromoClient({ baseUrl })} persistCodes="none">
        <FirstHint />
      </PromoProvider>,
    );
    const part = busyPartOf(screen.getByRole('status'));
    expect(part.tagName).toBe('P');
    expect(spoken(part)).toBe('Loading…');

    const hint = await screen.findByText(/ more for /);
    expect(hint.getAttribute('data-state')).toBe('near');
    expect(screen.queryByRole('status')).toBeNull();
    expect(hint.getAttribute('aria-busy')).toBeNull();
  });

  it('says "Loading…" in the catalogue\'s language, and nothing without an offer once loaded', () => {
    const client = createPromoClient({ baseUrl });
    const { container, rerender } = render(
      <PromoProvider client={client} locale="de-DE" persistCodes="none">
        <PromoMessages catalogue={de}>
          <OfferHint offer={undefined} loading />
        </PromoMessages>
      </PromoProvider>,
    );
    expect(spoken(busyPartOf(screen.getByRole('status')))).toBe('Wird geladen…');
    rerender(
      <PromoProvider client={client} locale="de-DE" persistCodes="none">
        <PromoMessages catalogue={de}>
          <OfferHint offer={undefined} />
        </PromoMessages>
      </PromoProvider>,
    );
    expect(container.innerHTML).toBe('');
  });
});
