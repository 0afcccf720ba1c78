import { redeemResponseSchema } from '@promokit/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { recordingEngine } from './test-support/recording-engine.js';
import { demoBff } from './testing.js';

const cart = { lines: [{ productId: 'rain-shell', quantity: 1 }] };

function shop(options: Parameters<typeof demoBff>[0] = {}) {
  const engine = recordingEngine();
  const bff = demoBff({ upstream: engine.upstream, ...options });
  const post = (route: string, body: unknown, cookie = '') =>
    bff.app.request(`/${route}`, { method: 'POST', headers: { cookie }, body: JSON.stringify(body) });
  const signIn = async (persona: string) =>
    ((await post('session', { persona })).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const redeem = async (orderId: string, cookie: string, codes = ['ONCE10']) =>
    redeemResponseSchema.parse(await (await post('redeem', { orderId, cart, codes }, cookie)).json());
  /** The order's redemptions upstream that are not rolled back. */
  const booked = async (orderId: string) => {
    try {
      const order = await engine.upstream.order(orderId);
      return Object.values(order.redemptions ?? {}).filter((entry) => !entry.rollback_id).length;
    } catch {
      return 0;
    }
  };
  return {
    bff,
    post,
    signIn,
    redeem,
    booked,
    close() {
      bff.close();
      engine.close();
    },
  };
}

describe('an order rolled back (its payment failed) and placed again', () => {
  const store = shop();
  afterAll(() => store.close());

  it('is redeemed anew: its single-use code is booked again, once, and used up for other orders', async () => {
    const cookie = await store.signIn('returning-customer');
    const first = await store.redeem('pay-again', cookie);
    expect(first).toMatchObject({ status: 'redeemed', applied: [{ code: 'ONCE10' }] });
    expect((await store.post('rollback', { orderId: 'pay-again' }, cookie)).status).toBe(200);
    expect(await store.booked('pay-again')).toBe(0);

    const again = await store.redeem('pay-again', cookie);
    expect(again).toMatchObject({ status: 'redeemed', applied: [{ code: 'ONCE10' }] });
    expect(again.totals).toEqual(first.totals);
    expect(await store.booked('pay-again')).toBe(1);
    // Retries of the new placement get its answer and book nothing more.
    expect(await store.redeem('pay-again', cookie)).toEqual(again);
    expect(await store.booked('pay-again')).toBe(1);

    const other = await store.redeem('another-order', cookie);
    expect(other).toMatchObject({ status: 'redeemed', applied: [], rejected: [{ code: 'ONCE10' }] });
  });

  it('may be placed again with another cart, since nothing of it is booked', async () => {
    const cookie = await store.signIn('new-customer');
    await store.redeem('changed-cart', cookie, ['SAVE5']);
    await store.post('rollback', { orderId: 'changed-cart' }, cookie);
    const response = await store.post(
      'redeem',
      { orderId: 'changed-cart', cart: { lines: [{ productId: 'mug', quantity: 2 }] }, codes: ['SAVE5'] },
      cookie,
    );
    expect(response.status).toBe(200);
    expect(await store.booked('changed-cart')).toBe(1);
  });

  it('stays another shopper’s: nobody else may place it again', async () => {
    const owner = await store.signIn('loyalty-member');
    await store.redeem('not-yours', owner, ['SAVE5']);
    await store.post('rollback', { orderId: 'not-yours' }, owner);
    const stranger = await store.signIn('vip');
    const response = await store.post('redeem', { orderId: 'not-yours', cart, codes: ['SAVE5'] }, stranger);
    expect(response.status).toBe(403);
    expect(await store.booked('not-yours')).toBe(0);
  });
});

describe('who may roll an order back', () => {
  it('the shopper’s browser until the store marks it paid; the store’s server at any time', async () => {
    const store = shop();
    try {
      const cookie = await store.signIn('returning-customer');
      await store.redeem('paid-1', cookie);
      await store.bff.app.orders.paid('paid-1');
      await store.bff.app.orders.paid('paid-1');
      const refused = await store.post('rollback', { orderId: 'paid-1' }, cookie);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'forbidden', message: /paid/ } });
      expect(await store.booked('paid-1')).toBe(1);

      await expect(store.bff.app.orders.rollback('paid-1', { reason: 'refund' })).resolves.toEqual({
        orderId: 'paid-1',
        status: 'rolled_back',
      });
      expect(await store.booked('paid-1')).toBe(0);
      // The code is back: a new order of the same shopper gets it.
      expect(await store.redeem('paid-2', cookie)).toMatchObject({ applied: [{ code: 'ONCE10' }] });
    } finally {
      store.close();
    }
  });

  it('only the server once the browser’s window has passed (rollbackWindowMs: 0)', async () => {
    const store = shop({ rollbackWindowMs: 0 });
    try {
      const cookie = await store.signIn('returning-customer');
      await store.redeem('late-1', cookie);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const refused = await store.post('rollback', { orderId: 'late-1' }, cookie);
      expect(refused.status).toBe(403);
      expect(await store.booked('late-1')).toBe(1);
      await store.bff.app.orders.rollback('late-1');
      expect(await store.booked('late-1')).toBe(0);
    } finally {
      store.close();
    }
  });

  it('refuses to mark paid an order it never redeemed, and a bad window setting', async () => {
    const store = shop();
    try {
      await expect(store.bff.app.orders.paid('never')).rejects.toMatchObject({ code: 'not_found' });
      await expect(store.bff.app.orders.rollback('never')).rejects.toMatchObject({ code: 'not_found' });
      expect(() => shop({ rollbackWindowMs: -1 })).toThrow(RangeError);
    } finally {
      store.close();
    }
  });
});

describe('redeems and rollbacks of one order, interleaved', () => {
  it('leave its record and upstream agreeing: booked once when answered redeemed, none when rolled back', async () => {
    const store = shop();
    const cookie = await store.signIn('new-customer');
    let round = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom('redeem', 'rollback'), { minLength: 2, maxLength: 8 }),
          async (steps) => {
            const orderId = `mix-${round++}`;
            await Promise.all(
              steps.map((step) =>
                step === 'redeem'
                  ? store.post('redeem', { orderId, cart, codes: ['SAVE5'] }, cookie)
                  : store.post('rollback', { orderId }, cookie),
              ),
            );
            // A redeem after everything else tells what the order now is.
            const last = await store.redeem(orderId, cookie, ['SAVE5']);
            expect(last.status).toBe('redeemed');
            expect(await store.booked(orderId)).toBe(1);
            await store.post('rollback', { orderId }, cookie);
            expect(await store.booked(orderId)).toBe(0);
          },
        ),
        { numRuns: 25 },
      );
    } finally {
      store.close();
    }
  });
});
