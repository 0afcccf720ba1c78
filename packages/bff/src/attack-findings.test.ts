import { redeemResponseSchema, validateResponseSchema } from '@promokit/core';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';

import { jwtIdentity } from './identity/jwt-identity.js';
import { demoBff } from './testing.js';

// What a hostile shopper found over real HTTP (packages/bff/attack/), kept as in-process cases:
// each states an invariant of the README that the BFF does not hold yet.

const SECRET = 'attack-findings-jwt-secret-0123456789';
const cart = { lines: [{ productId: 'mug', quantity: 2 }] };
const token = (sub: string) =>
  new SignJWT({ sub })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));

function post(
  bff: ReturnType<typeof demoBff>,
  route: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return bff.app.request(`http://shop.test${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const unknownCodes = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

describe('failed-attempt limits (README "Failed attempts")', () => {
  const bff = demoBff({
    attempts: { perSession: 10, perIp: 1000 },
    sessionOf: (request) => request.headers.get('x-test-session'),
  });
  afterAll(() => bff.close());

  const notFound = async (response: Response) =>
    response.status === 200
      ? validateResponseSchema
          .parse(await response.json())
          .rejected.filter((item) => item.reason === 'not_found').length
      : 0;

  it('answers one session at most its 10 unknown codes when one request carries 30', async () => {
    const session = { 'x-test-session': 'one-request' };
    const answered = await notFound(
      await post(bff, '/validate', { cart, codes: unknownCodes('ONE', 30) }, session),
    );
    expect(answered).toBeLessThanOrEqual(10);
  });

  it('answers one session at most its 10 unknown codes when its requests run at once', async () => {
    const session = { 'x-test-session': 'concurrent' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, round) =>
        post(bff, '/validate', { cart, codes: unknownCodes(`RACE${round}`, 5) }, session),
      ),
    );
    const answered = (await Promise.all(answers.map(notFound))).reduce((sum, count) => sum + count, 0);
    expect(answered).toBeLessThanOrEqual(10);
  });
});

describe('orders of JWT-identified shoppers (README "Identifying shoppers in production")', () => {
  const bff = demoBff({ session: undefined, identify: jwtIdentity({ secret: SECRET }) });
  afterAll(() => bff.close());

  it("does not answer one guest's order to another guest", async () => {
    const orderId = 'guest-order-1';
    const placed = redeemResponseSchema.parse(
      await (await post(bff, '/redeem', { orderId, cart, codes: ['SAVE5'] })).json(),
    );
    expect(placed.status).toBe('redeemed');
    // Another browser, without a token: a guest too, and not the one who placed the order.
    const other = await post(bff, '/redeem', { orderId, cart, codes: ['SAVE5'] });
    expect(other.status).toBe(403);
  });

  it('tells another customer an order id is not theirs, not that it was placed with another cart', async () => {
    const orderId = 'customer-order-1';
    const placed = await post(
      bff,
      '/redeem',
      { orderId, cart, codes: ['SAVE5'] },
      {
        authorization: `Bearer ${await token('cust-loyal')}`,
      },
    );
    expect(redeemResponseSchema.parse(await placed.json()).status).toBe('redeemed');
    const probe = await post(
      bff,
      '/redeem',
      { orderId, cart: { lines: [{ productId: 'mug', quantity: 1 }] }, codes: [] },
      { authorization: `Bearer ${await token('cust-returning')}` },
    );
    expect(probe.status).toBe(403);
  });
});
