import { redeemResponseSchema } from '@promokit/core';
import { describe, expect, it } from 'vitest';

import type { BffOptions } from './create-bff.js';
import { jwtIdentity } from './identity/jwt-identity.js';
import { memoryStore } from './memory-store.js';
import {
  type BffInstance,
  type FaultyEngine,
  redemptionsOf,
  startBffInstance,
  startFaultyEngine,
} from './test-support/faulty-stack.js';
import { suiteRedis } from './test-support/suite-redis.js';

const { opened } = suiteRedis();
const cart = { lines: [{ productId: 'mug', quantity: 2 }] };
const otherCart = { lines: [{ productId: 'mug', quantity: 1 }] };

/** A browser: it sends `Origin` and `Sec-Fetch-Site` with every call, and keeps the cookies it is given. */
function browser(bff: BffInstance) {
  let cookie = '';
  return {
    get cookie() {
      return cookie;
    },
    async post(route: string, body: unknown): Promise<Response> {
      const response = await fetch(`${bff.url}/${route}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: new URL(bff.url).origin,
          'sec-fetch-site': 'same-origin',
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify(body),
      });
      const set = response.headers.getSetCookie().find((line) => line.startsWith('promokit_guest='));
      if (set) cookie = set.split(';')[0] ?? '';
      return response;
    },
  };
}

/** A call from no browser: a server of the store's, a script; no cookie, no Origin. */
const server = (bff: BffInstance) => (route: string, body: unknown) => bff.post(route, body);

const SECRET = 'guest-id-test-jwt-secret-0123456789abcdef';
const modes: [string, Partial<BffOptions>, string][] = [
  [
    'signed-in shoppers by JWT',
    { session: undefined, identify: jwtIdentity({ secret: SECRET }) },
    '; Secure',
  ],
  ['cookie sessions, the guest with no session cookie', {}, ''],
];

describe.each(modes)('guests of a BFF with %s', (_, options, secure) => {
  async function start(extra: Partial<BffOptions> = {}): Promise<{ engine: FaultyEngine; bff: BffInstance }> {
    const engine = await startFaultyEngine();
    opened.push(engine);
    const bff = await startBffInstance(engine, memoryStore(), { ...options, ...extra });
    opened.push(bff);
    return { engine, bff };
  }

  it('each own their orders: another guest, or a call from no browser, is refused 403 on them', async () => {
    const { bff } = await start();
    const a = browser(bff);
    const b = browser(bff);
    const order = { orderId: 'guest-a-1', cart, codes: ['SAVE5'] };
    const placed = await a.post('redeem', order);
    expect(redeemResponseSchema.parse(await placed.json())).toMatchObject({ status: 'redeemed' });
    const cookie = placed.headers.getSetCookie().find((line) => line.startsWith('promokit_guest='));
    expect(cookie).toMatch(
      new RegExp(`^promokit_guest=[A-Za-z0-9_-]{43}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax${secure}$`),
    );
    // The same browser's retry, with its cookie, gets its answer again, and is given no new id.
    const again = await a.post('redeem', order);
    expect(again.status).toBe(200);
    expect(again.headers.getSetCookie()).toEqual([]);

    for (const [who, post] of [
      ['another guest', b.post],
      ['a call from no browser', server(bff)],
    ] as const) {
      for (const [route, body] of [
        ['redeem', order],
        ['redeem', { ...order, cart: otherCart, codes: [] }],
        ['rollback', { orderId: order.orderId }],
      ] as const) {
        const refused = await post(route, body);
        expect({ who, route, status: refused.status }).toEqual({ who, route, status: 403 });
        expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
    }
    const rolledBack = await a.post('rollback', { orderId: order.orderId });
    expect(await rolledBack.json()).toEqual({ orderId: order.orderId, status: 'rolled_back' });
  });

  it("another guest cannot settle a guest's order in doubt: what that guest booked stays theirs", async () => {
    const { engine, bff } = await start();
    const a = browser(bff);
    const b = browser(bff);
    await a.post('qualifications', { cart, stage: 'cart' });
    const order = { orderId: 'guest-a-doubt', cart, codes: ['SAVE5'] };
    engine.proxy.plan('drop-after');
    const first = redeemResponseSchema.parse(await (await a.post('redeem', order)).json());
    expect(first.status).toBe('unknown');
    await engine.proxy.landed(1);

    // Another cart under A's order id would have rolled back A's redemption and booked B's.
    for (const body of [{ ...order, cart: otherCart, codes: [] }, order]) {
      expect((await b.post('redeem', body)).status).toBe(403);
      expect((await server(bff)('redeem', body)).status).toBe(403);
    }
    expect((await b.post('rollback', { orderId: order.orderId })).status).toBe(403);
    expect(redemptionsOf(engine, order.orderId)).toEqual({ succeeded: 1, rolledBack: 0 });

    const settled = redeemResponseSchema.parse(await (await a.post('redeem', order)).json());
    expect(settled).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    expect(redemptionsOf(engine, order.orderId)).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('counts failed attempts per guest as well as per address', async () => {
    const { bff } = await start({ attempts: { perSession: 2, perIp: 5 } });
    const guesses = async (guest: ReturnType<typeof browser>, codes: string[]) =>
      (await guest.post('validate', { cart, codes })).status;
    const a = browser(bff);
    await a.post('qualifications', { cart, stage: 'cart' });
    expect(await guesses(a, ['NOPE-A1', 'NOPE-A2'])).toBe(200);
    expect(await guesses(a, ['NOPE-A3'])).toBe(429);
    // Another guest id has its own two, and the address its five in all.
    const b = browser(bff);
    await b.post('qualifications', { cart, stage: 'cart' });
    expect(await guesses(b, ['NOPE-B1', 'NOPE-B2'])).toBe(200);
    const c = browser(bff);
    await c.post('qualifications', { cart, stage: 'cart' });
    expect(await guesses(c, ['NOPE-C1'])).toBe(200);
    expect(await guesses(c, ['NOPE-C2'])).toBe(429);
  });
});

describe('calls from no browser', () => {
  it('carry no guest id, and retry their own orders as before', async () => {
    const engine = await startFaultyEngine();
    opened.push(engine);
    const bff = await startBffInstance(engine, memoryStore(), {
      session: undefined,
      identify: jwtIdentity({ secret: SECRET }),
    });
    opened.push(bff);
    const order = { orderId: 'server-order', cart, codes: ['SAVE5'] };
    const first = await bff.post('redeem', order);
    expect(first.headers.getSetCookie()).toEqual([]);
    const firstBody: unknown = await first.json();
    const retry = await bff.post('redeem', order);
    expect(await retry.json()).toEqual(firstBody);
    // A browser is not the server: the order is not its.
    expect((await browser(bff).post('redeem', order)).status).toBe(403);
  });
});
