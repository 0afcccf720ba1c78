import { createPromoClient } from '@promokit/core';

/** Your sign-in library's current token, refreshed as it expires; `null` while signed out. */
declare function currentToken(): Promise<string | null>;

export const client = createPromoClient({
  baseUrl: '/api/promotions',
  // Each call carries the token of the moment, so a refreshed token is used at once.
  fetch: async (input, init) => {
    const token = await currentToken();
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  },
});
