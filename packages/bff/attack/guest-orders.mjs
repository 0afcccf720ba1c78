// Guests' orders under JWT sign-in: a guest carries no token and, with `jwtIdentity` as the README
// configures it (no cookie session), no session id either, so `ownerOf` is null for every guest and
// every guest order has owner null. Anyone without a token is then "the shopper who placed it".
// Run: attack/stack.sh start && node attack/guest-orders.mjs
import { A, B, cart, done, expect, post, short } from './lib.mjs';

const run = Date.now().toString(36);

// 1. Another guest, from another address and instance, reads a guest's redeemed order.
const orderId = `guest-${run}-1`;
const placed = await post(
  A,
  '/redeem',
  { orderId, cart: cart(), codes: ['SAVE5'], expectedDue: 5195 },
  { from: '127.0.0.31' },
);
console.info('guest A redeems:', JSON.stringify(short(placed)).slice(0, 300));
const read = await post(B, '/redeem', { orderId, cart: cart(), codes: ['SAVE5'] }, { from: '127.0.0.32' });
expect(read.status === 403, 'another guest cannot read guest A’s order by its id (403)', short(read));

// 2. Guest A's redemption is held past the 9 s redeem budget (it lands later): A is told
// `unknown`, the order is in doubt. Guest B, from another address, places another cart under the
// same order id: the BFF settles A's doubt for B, rolls back what A booked, and books B's cart.
const doubtId = `guest-${run}-2`;
const delay = (ms) => fetch(`http://127.0.0.1:18788/__delay?ms=${ms}`, { method: 'POST' });
await delay(10_000);
const first = await post(
  A,
  '/redeem',
  { orderId: doubtId, cart: cart(), codes: ['ONLY-3'], expectedDue: 5195 },
  { from: '127.0.0.31' },
);
await delay(0);
console.info('guest A, redemption held 10 s:', JSON.stringify(short(first)).slice(0, 300));
await new Promise((resolve) => setTimeout(resolve, 2000)); // the held redemption lands meanwhile
const hijack = await post(
  B,
  '/redeem',
  { orderId: doubtId, cart: cart([{ productId: 'mug', quantity: 1 }]), codes: [] },
  { from: '127.0.0.32' },
);
console.info('guest B, same order id, another cart:', JSON.stringify(short(hijack)).slice(0, 300));
expect(hijack.status === 403, 'another guest cannot settle guest A’s order in doubt (403)', short(hijack));
const retry = await post(
  A,
  '/redeem',
  { orderId: doubtId, cart: cart(), codes: ['ONLY-3'], expectedDue: 5195 },
  { from: '127.0.0.31' },
);
console.info('guest A retries:', JSON.stringify(short(retry)).slice(0, 400));
expect(
  retry.status === 200 && retry.body.status === 'redeemed',
  'guest A’s retry finds their booked redemption (redeemed)',
  short(retry),
);
done();
