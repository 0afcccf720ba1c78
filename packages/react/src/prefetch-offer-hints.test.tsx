import { createPromoClient } from '@promokit/core';
import { act, waitFor } from '@testing-library/react';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { inject } from 'vitest';

import { prefetchOfferHints } from './server.js';
import { promoHarness, recordingClient } from './test-support/recording-client.js';
import { useOfferHints } from './use-offer-hints.js';

const productIds = ['tote', 'summit-daypack', 'mug', 'cap'];

/** A listing's offer badges, as a storefront renders them. */
function Badges(): ReactNode {
  const { available, hints, isLoading } = useOfferHints('listing', { productIds });
  if (isLoading) return <p>Looking for offers</p>;
  return (
    <ul>
      {[...available, ...hints].map((offer) => (
        <li key={offer.id}>{offer.label}</li>
      ))}
    </ul>
  );
}

it('puts the offers prefetched on the server into the server HTML, and the browser does not fetch them again', async () => {
  const expected = await createPromoClient({ baseUrl: inject('promoBffUrl') }).qualifications({
    stage: 'listing',
    cart: { lines: [] },
    productIds,
  });
  expect(expected.offers.length).toBeGreaterThan(0);

  const onServer = recordingClient();
  const serverQueries = new QueryClient();
  await prefetchOfferHints(serverQueries, onServer.client, 'listing', { productIds });
  expect(onServer.sent('qualifications')).toHaveLength(1);
  const state = dehydrate(serverQueries);

  const server = promoHarness();
  const html = renderToString(
    <server.wrapper>
      <HydrationBoundary state={state}>
        <Badges />
      </HydrationBoundary>
    </server.wrapper>,
  );
  for (const offer of expected.offers) expect(html).toContain(offer.label);
  expect(html).not.toContain('Looking for offers');

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const browser = promoHarness();
  const recoverable: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(
      container,
      <browser.wrapper>
        <HydrationBoundary state={JSON.parse(JSON.stringify(state))}>
          <Badges />
        </HydrationBoundary>
      </browser.wrapper>,
      { onRecoverableError: (error) => recoverable.push(error) },
    ),
  );
  await waitFor(() => expect(container.querySelectorAll('li')).toHaveLength(expected.offers.length));
  expect(recoverable).toEqual([]);
  expect(browser.requests).toEqual([]);
  act(() => root.unmount());
  container.remove();
});

it('says in the server log that the offers were not prefetched, naming the stage and the URL, and leaves them to the browser', async () => {
  const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const missed = `${new URL(inject('promoBffUrl')).origin}/not-the-bff`;
    const queryClient = new QueryClient();
    await prefetchOfferHints(queryClient, createPromoClient({ baseUrl: missed }), 'listing', { productIds });
    expect(warned.mock.calls).toEqual([
      [
        expect.stringMatching(
          new RegExp(
            `^PromoKit: the listing offers were not prefetched \\(not_found\\): .*${missed}/qualifications`,
          ),
        ),
      ],
    ]);
    expect(dehydrate(queryClient).queries).toEqual([]);

    await prefetchOfferHints(queryClient, createPromoClient({ baseUrl: inject('promoBffUrl') }), 'listing', {
      productIds,
    });
    expect(warned).toHaveBeenCalledTimes(1);
  } finally {
    warned.mockRestore();
    logged.mockRestore();
  }
});
