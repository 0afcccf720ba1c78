import { createPromoClient } from '@promokit/core';

/** The stories' client of the real BFF, forwarded by the dev server at `/api/promotions`. */
export const storyClient = createPromoClient({ baseUrl: '/api/promotions' });

/** Never settles: a network on which an answer is still on its way. */
const stillOnItsWay = new Promise<void>(() => undefined);

/**
 * A client of the same BFF on a network so slow that its requests never arrive: what a component
 * shows while it waits for an answer. Nothing is answered for the BFF.
 */
export const stalledClient = createPromoClient({
  baseUrl: '/api/promotions',
  fetch: async (input, init) => {
    await stillOnItsWay;
    return fetch(input, init);
  },
});

/** A BFF behind a proxy that answers 500 without a PromoKit error body: the service failed. */
export const failingClient = createPromoClient({
  baseUrl: '/api/promotions',
  fetch: async () => new Response('Internal Server Error', { status: 500 }),
});

/** No network at all: every request fails as `fetch` does offline. */
export const offlineClient = createPromoClient({
  baseUrl: '/api/promotions',
  fetch: async () => {
    throw new TypeError('Failed to fetch');
  },
});
