import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { redeemResponseSchema, validateResponseSchema } from '@promokit/core';
import { parseSeed } from '@promokit/engine';
import { afterAll, describe, expect, it } from 'vitest';

import { embeddedUpstream } from './embedded-upstream.js';
import { startDemoBff } from './testing.js';

// A seed of its own: codes that can be used once each, whatever the demo seed holds.
const seed = parseSeed({
  version: 1,
  campaigns: [
    {
      id: 'camp_OnlyOnce',
      name: 'Only once',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_OnlyOnce', code: 'ONLYONE', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_Solo', code: 'SOLO', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
      ],
    },
  ],
});
const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-concurrency-'));
const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed });
// Signed-in shoppers are told apart by a header, so that a test may have as many as it needs.
const bff = await startDemoBff({
  upstream,
  identify: (request) => {
    const sourceId = request.headers.get('x-shopper');
    return sourceId ? { sourceId, metadata: {} } : null;
  },
});
afterAll(async () => {
  await bff.close();
  upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

async function post(route: string, body: unknown, cookie = '', shopper = ''): Promise<Response> {
  return fetch(`${bff.url}/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...(shopper ? { 'x-shopper': shopper } : {}) },
    body: JSON.stringify(body),
  });
}

/** A new session as `persona` (a guest by default); the cookie to send with its requests. */
async function newSession(persona = 'guest'): Promise<string> {
  const response = await post('session', { persona });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('concurrent redeems of a single-use code', () => {
  it('give one redemption and 49 usage_limit_reached rejections, over real HTTP', async () => {
    const sessions = await Promise.all(Array.from({ length: 50 }, () => newSession()));
    expect(new Set(sessions).size).toBe(50);
    // Guests' validations reserve nothing, so each guest was shown the total with the code: the
    // redemption itself decides, and the orders that cannot have it are not booked.
    const shown = validateResponseSchema.parse(
      await (await post('validate', { cart, codes: ['ONLYONE'] })).json(),
    ).totals;
    const answers = await Promise.all(
      sessions.map((cookie, i) =>
        post(
          'redeem',
          { orderId: `order-once-${i}`, cart, codes: ['ONLYONE'], expectedDue: shown.due },
          cookie,
        ),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 50 }, () => 200));
    const bodies = await Promise.all(
      answers.map(async (answer) => redeemResponseSchema.parse(await answer.json())),
    );
    const redeemed = bodies.filter((body) => body.status === 'redeemed');
    expect(redeemed).toHaveLength(1);
    expect(redeemed[0]).toMatchObject({ applied: [{ code: 'ONLYONE', discount: 500 }] });
    const rejected = bodies.flatMap((body) => (body.status === 'rejected' ? [body.rejected] : []));
    expect(rejected).toHaveLength(49);
    for (const reasons of rejected)
      expect(reasons).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE' }]);
    for (const body of bodies.filter((item) => item.status === 'rejected'))
      expect(body.totals.due).toBe(shown.due + 500);

    // The winner's retry answers its first result; nothing is redeemed twice.
    const winner = bodies.findIndex((body) => body.status === 'redeemed');
    const again = await post(
      'redeem',
      { orderId: `order-once-${winner}`, cart, codes: ['ONLYONE'], expectedDue: shown.due },
      sessions[winner],
    );
    expect(redeemResponseSchema.parse(await again.json())).toEqual(redeemed[0]);
  });
});

describe('a single-use code another order takes between validation and redemption', () => {
  it('is refused by name, and the order is validated again without it, not told to retry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-race-'));
    const engine = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed });
    // Each redemption the BFF sends, a rival order takes SOLO first (a real redemption on the same
    // engine), and gives it back once that redemption is refused: the code is free again when the
    // BFF validates the cart once more, so only a BFF that drops the code it was refused can settle.
    let rivals = 0;
    const raced: typeof engine = Object.assign(Object.create(engine) as typeof engine, {
      async redeem(body: Parameters<typeof engine.redeem>[0], signal?: AbortSignal) {
        const rival = await engine.redeem({
          redeemables: [{ object: 'voucher', id: 'SOLO' }],
          order: { source_id: `rival-${++rivals}`, amount: 5000 },
        });
        try {
          return await engine.redeem(body, signal);
        } finally {
          await engine.rollback(rival.parent_redemption!.id, {});
        }
      },
    });
    const racing = await startDemoBff({ upstream: raced });
    try {
      const send = (route: string, body: unknown) =>
        fetch(`${racing.url}/${route}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const shown = validateResponseSchema.parse(
        await (await send('validate', { cart, codes: ['SOLO'] })).json(),
      );
      expect(shown.applied).toMatchObject([{ code: 'SOLO', discount: 500 }]);
      const answer = await send('redeem', {
        orderId: 'order-raced',
        cart,
        codes: ['SOLO'],
        expectedDue: shown.totals.due,
      });
      expect(answer.status).toBe(200);
      expect(redeemResponseSchema.parse(await answer.json())).toMatchObject({
        status: 'rejected',
        rejected: [{ reason: 'usage_limit_reached', code: 'SOLO' }],
        totals: { due: shown.totals.due + 500 },
      });
      expect(rivals).toBe(1);
      await expect(engine.order('order-raced')).rejects.toMatchObject({ status: 404 });
    } finally {
      await racing.close();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('concurrent validations of a single-use code by signed-in shoppers', () => {
  it('reserve it for one of them, who redeems it; the others are told at once and pay what they were shown', async () => {
    const sessions = await Promise.all(Array.from({ length: 50 }, () => newSession()));
    const shopperOf = (i: number) => `cust-solo-${i}`;
    const shown = await Promise.all(
      sessions.map(async (cookie, i) =>
        validateResponseSchema.parse(
          await (await post('validate', { cart, codes: ['SOLO'] }, cookie, shopperOf(i))).json(),
        ),
      ),
    );
    const holders = shown.flatMap((answer, i) => (answer.applied.length ? [i] : []));
    expect(holders).toHaveLength(1);
    for (const answer of shown.filter((_, i) => !holders.includes(i)))
      expect(answer.rejected).toEqual([{ reason: 'usage_limit_reached', code: 'SOLO' }]);

    const bodies = await Promise.all(
      sessions.map(async (cookie, i) =>
        redeemResponseSchema.parse(
          await (
            await post(
              'redeem',
              { orderId: `order-solo-${i}`, cart, codes: ['SOLO'], expectedDue: shown[i]!.totals.due },
              cookie,
              shopperOf(i),
            )
          ).json(),
        ),
      ),
    );
    // Every order is booked at what its shopper was shown; only the reserving one has the code.
    expect(bodies.map((body) => body.status)).toEqual(Array.from({ length: 50 }, () => 'redeemed'));
    const withCode = bodies.flatMap((body, i) =>
      body.status === 'redeemed' && body.applied.length ? [i] : [],
    );
    expect(withCode).toEqual(holders);
    bodies.forEach((body, i) => expect(body.totals.due).toBe(shown[i]!.totals.due));
  });
});
