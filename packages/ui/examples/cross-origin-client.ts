import { createPromoClient } from '@promokit/core';

// The BFF on its own origin: started with PROMOKIT_ALLOWED_ORIGINS=http://localhost:5173 (the
// page's origin), so it answers the page's CORS requests.
export const client = createPromoClient({ baseUrl: 'http://127.0.0.1:4180/api/promotions' });
