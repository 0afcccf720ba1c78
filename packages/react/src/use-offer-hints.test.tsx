import type { Cart } from '@promokit/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { MouseEvent, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { promoHarness } from './test-support/recording-client.js';
import { useOfferHints } from './use-offer-hints.js';

const thirty: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };

/** Offers and hints in a storefront's own markup. */
function Offers({ cart }: { cart: Cart }): ReactNode {
  const offers = useOfferHints('cart', { cart });
  if (offers.isLoading) return <p>Looking for offers</p>;
  return (
    <>
      <ul aria-label="Offers">
        {offers.available.map((offer) => (
          <li key={offer.id}>
            <button type="button" {...offers.getOfferProps(offer)}>
              {offer.label}
            </button>
          </li>
        ))}
      </ul>
      <ul aria-label="Almost there">
        {offers.hints.map((offer) => (
          <li key={offer.id}>
            <button type="button" {...offers.getOfferProps(offer)}>
              {offer.label}: {offer.missingAmount} more
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

describe('useOfferHints', () => {
  it('splits the offers the cart gets from those it is close to, with what is missing', async () => {
    const { wrapper } = promoHarness();
    render(<Offers cart={thirty} />, { wrapper });
    const offers = await screen.findByRole('list', { name: 'Offers' });
    expect(within(offers).getByRole('button', { name: 'Save 5.00' })).toHaveProperty(
      'dataset.state',
      'qualified',
    );
    const hints = screen.getByRole('list', { name: 'Almost there' });
    const welcome = within(hints).getByRole('button', { name: /^Welcome 10%/ });
    // WELCOME10 needs 50.00; the cap's 30.00 and the 6.95 of shipping count 36.95 of it.
    expect(welcome.textContent).toBe(`Welcome 10%: ${5000 - 3695} more`);
    expect(welcome).toHaveProperty('dataset.state', 'close');
  });

  it('reports each offer viewed once, and a click on one', async () => {
    const { wrapper, events } = promoHarness();
    const { rerender } = render(<Offers cart={thirty} />, { wrapper });
    const save = await screen.findByRole('button', { name: 'Save 5.00' });
    rerender(<Offers cart={thirty} />);

    const viewed = events.filter((event) => event.name === 'Promotion Viewed');
    const shown = screen.getAllByRole('button').length;
    const ids = viewed.map((event) => event.properties.promotion_id);
    expect(ids).toHaveLength(shown);
    expect(new Set(ids).size).toBe(shown);
    expect(ids).toEqual(expect.arrayContaining(['SAVE5', 'WELCOME10']));
    expect(viewed.find((event) => event.properties.promotion_id === 'SAVE5')).toEqual({
      name: 'Promotion Viewed',
      properties: {
        promotion_id: 'SAVE5',
        name: 'Save 5.00',
        creative: 'cart',
        position: expect.any(String),
      },
    });

    await userEvent.setup().click(save);
    const clicked = events.filter((event) => event.name === 'Promotion Clicked');
    expect(clicked).toEqual([
      {
        name: 'Promotion Clicked',
        properties: viewed.find((event) => event.properties.promotion_id === 'SAVE5')?.properties,
      },
    ]);
  });

  it('shares one request between the hints and other readers of the stage', async () => {
    const { wrapper, sent } = promoHarness();
    render(
      <>
        <Offers cart={thirty} />
        <Offers cart={thirty} />
      </>,
      { wrapper },
    );
    await waitFor(() => expect(screen.getAllByRole('list', { name: 'Offers' })).toHaveLength(2));
    expect(sent('qualifications')).toHaveLength(1);
  });

  it("merges the storefront's own props into an offer's call to action, reporting no click it prevents", async () => {
    const { wrapper, events } = promoHarness();
    const clicks: string[] = [];
    function OwnLinks(): ReactNode {
      const offers = useOfferHints('cart', { cart: thirty });
      return offers.hints.map((offer) => (
        <a
          key={offer.id}
          href={`#${offer.id}`}
          {...offers.getOfferProps(offer, {
            className: 'offer-link',
            'aria-describedby': 'offers-note',
            'data-offer': offer.id,
            onClick: (event: MouseEvent) => {
              clicks.push(offer.id);
              // A storefront that opens this offer in its own drawer, not as a click on the offer.
              if (event.altKey) event.preventDefault();
            },
          })}
        >
          {offer.label}
        </a>
      ));
    }
    render(<OwnLinks />, { wrapper });
    const link = await screen.findByRole('link', { name: /^Welcome 10%/ });
    expect([link.className, link.dataset.offer, link.dataset.state]).toEqual([
      'offer-link',
      'WELCOME10',
      'close',
    ]);
    expect(link.getAttribute('aria-describedby')).toBe('offers-note');
    const user = userEvent.setup();

    await user.keyboard('{Alt>}');
    await user.click(link);
    await user.keyboard('{/Alt}');
    expect(clicks).toEqual(['WELCOME10']);
    expect(events.filter((event) => event.name === 'Promotion Clicked')).toEqual([]);

    await user.click(link);
    expect(clicks).toEqual(['WELCOME10', 'WELCOME10']);
    expect(events.filter((event) => event.name === 'Promotion Clicked')).toHaveLength(1);
  });
});
