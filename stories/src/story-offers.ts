import { createPromoClient } from '@promokit/core';

/** The stories' client of the real BFF, forwarded by the dev server at `/api/promotions`. */
export const storyClient = createPromoClient({ baseUrl: '/api/promotions' });
