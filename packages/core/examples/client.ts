import { createPromoClient, isPromoError } from '@promokit/core';

const client = createPromoClient({ baseUrl: '/api/promotions' });

const controller = new AbortController();
try {
  const answer = await client.validate(
    { cart: { lines: [{ productId: 'cap', quantity: 1 }] }, codes: ['WELCOME10'] },
    { signal: controller.signal },
  );
  // A $30.00 cap and $6.95 shipping, $13.05 short of WELCOME10's $50.00 (shipping counts toward it):
  console.info(answer.rejected); // [{ reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 1305 }]
} catch (error) {
  if (isPromoError(error, 'rate_limited')) console.info(`retry in ${error.retryAfter} s`);
}
