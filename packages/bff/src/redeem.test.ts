import { redeemResponseSchema, rollbackResponseSchema } from '@promokit/core';
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
});
