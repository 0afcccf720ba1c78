import type { Cart } from '@promokit/core';
import { act, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { promoHarness } from './test-support/recording-client.js';
import { useOfferHints } from './use-offer-hints.js';
import { usePromoCart } from './use-promo-cart.js';

const cart: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

/** A cart summary as a server renders it and the browser hydrates it. */
function Summary(): ReactNode {
  const promo = usePromoCart(cart);
  const offers = useOfferHints('cart', { cart });
  return (
    <section aria-label="Order summary">
      <ul aria-label="Codes">
        {promo.items.map((item) => (
          <li key={item.code} data-state={item.status}>
            {item.code}
          </li>
        ))}
      </ul>
      <p>{offers.isLoading ? 'Looking for offers' : `${offers.hints.length} offers close`}</p>
      <output aria-label="Total">{promo.totals ? promo.totals.total : 'Calculating'}</output>
    </section>
  );
}

describe('server rendering', () => {
  it('renders on the server and hydrates without a mismatch, then restores the saved codes', async () => {
    sessionStorage.setItem('promokit:codes', '["WELCOME10"]');
    const server = promoHarness();
    const html = renderToString(
      <server.wrapper>
        <Summary />
      </server.wrapper>,
    );
    expect(html).toContain('Calculating');
    expect(server.requests).toHaveLength(0);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const browser = promoHarness();
    const recoverable: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(
        container,
        <browser.wrapper>
          <Summary />
        </browser.wrapper>,
        { onRecoverableError: (error) => recoverable.push(error) },
      ),
    );

    // 60.00 of goods and 6.95 of shipping, less WELCOME10's 10 % of 66.95 (6.695, rounded half up).
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Total' }).textContent).toBe(String(6695 - 670)),
    );
    expect(recoverable).toEqual([]);
    expect(screen.getByRole('listitem').textContent).toBe('WELCOME10');
    expect(browser.sent('validate').map((request) => request.body.codes)).toEqual([['WELCOME10']]);
    act(() => root.unmount());
    container.remove();
  });
});
