import { redeemResponseSchema, rollbackResponseSchema } from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';
import { afterAll, describe, expect, it } from 'vitest';

import { recordingEngine } from './test-support/recording-engine.js';
import { demoBff } from './testing.js';

const engine = recordingEngine();
const bff = demoBff({ upstream: engine.upstream });
afterAll(() => {
  bff.close();
  engine.close();
});
const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

function post(route: string, body: unknown, cookie = '') {
  return bff.app.request(`/${route}`, { method: 'POST', headers: { cookie }, body: JSON.stringify(body) });
}

async function signIn(persona: string): Promise<string> {
  const response = await post('session', { persona });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('POST /redeem', () => {
  it('answers 10 concurrent retries of one order with the first result and one redemption', async () => {
    const cookie = await signIn('returning-customer');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('redeem', { orderId: 'order-10', cart, codes: ['WELCOME10'] }, cookie),
      ),
    );
    const bodies = await Promise.all(
      answers.map(async (answer) => redeemResponseSchema.parse(await answer.json())),
    );
    expect(bodies[0]).toMatchObject({ status: 'redeemed', orderId: 'order-10' });
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(engine.calls.filter((call) => call.path === '/v1/redemptions')).toHaveLength(1);
  });

  it('lets only the order owner roll it back', async () => {
    const owner = await signIn('new-customer');
    await post('redeem', { orderId: 'order-rb', cart, codes: ['SAVE5'] }, owner);
    const stranger = await signIn('loyalty-member');
    expect((await post('rollback', { orderId: 'order-rb' }, stranger)).status).toBe(403);
    expect((await post('rollback', { orderId: 'order-rb' }, '')).status).toBe(403);
    const response = await post('rollback', { orderId: 'order-rb' }, owner);
    expect(response.status).toBe(200);
    expect(rollbackResponseSchema.parse(await response.json())).toEqual({
      orderId: 'order-rb',
      status: 'rolled_back',
    });
    expect((await post('rollback', { orderId: 'order-unknown' }, owner)).status).toBe(404);
  });

  it('tells another customer only that an order id is not theirs, never that it was placed with another cart', async () => {
    const owner = await signIn('loyalty-member');
    const placed = await post('redeem', { orderId: 'order-probed', cart, codes: ['SAVE5'] }, owner);
    expect(redeemResponseSchema.parse(await placed.json()).status).toBe('redeemed');
    const stranger = await signIn('returning-customer');
    const otherCart = { lines: [{ productId: 'mug', quantity: 1 }] };
    for (const [route, body] of [
      ['redeem', { orderId: 'order-probed', cart: otherCart, codes: [] }],
      ['redeem', { orderId: 'order-probed', cart, codes: ['SAVE5'] }],
      ['rollback', { orderId: 'order-probed' }],
    ] as const) {
      const probe = await post(route, body, stranger);
      expect(probe.status).toBe(403);
      const { error } = (await probe.json()) as { error: Record<string, unknown> };
      expect(error.code).toBe('forbidden');
      expect(error).not.toHaveProperty('path');
      expect(String(error.message)).not.toMatch(/cart|paid|redeemed/i);
    }
    // Its owner, sending another cart, is told the order id was placed with another.
    expect(
      (await post('redeem', { orderId: 'order-probed', cart: otherCart, codes: [] }, owner)).status,
    ).toBe(409);
  });
});

describe('a redeem that fails', () => {
  it('answers its error and leaves nothing unhandled that would stop the server', async () => {
    const failing = recordingEngine();
    const refused = demoBff({
      upstream: {
        ...failing.upstream,
        redeem: () =>
          Promise.reject(
            new VoucherifyApiError({
              status: 401,
              retryAfter: undefined,
              body: { code: 401, key: 'unauthorized', message: 'Unauthorized' },
            }),
          ),
      },
    });
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const responses = await Promise.all(
        Array.from({ length: 3 }, () =>
          refused.app.request('/redeem', {
            method: 'POST',
            body: JSON.stringify({ orderId: 'order-refused', cart, codes: ['SAVE5'] }),
          }),
        ),
      );
      for (const response of responses) expect(response.status).toBeGreaterThanOrEqual(500);
      // Rejections nobody handles surface after the tick they happen in.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
      refused.close();
      failing.close();
    }
  });
});
