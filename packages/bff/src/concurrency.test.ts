import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { redeemResponseSchema, validateResponseSchema } from '@promokit/core';
import { parseSeed } from '@promokit/engine';
import { afterAll, describe, expect, it } from 'vitest';

import { embeddedUpstream } from './embedded-upstream.js';
import { startDemoBff } from './testing.js';

// A seed of its own: one code that can be used once, whatever the demo seed holds.
const seed = parseSeed({
  version: 1,
  campaigns: [
    {
      id: 'camp_OnlyOnce',
      name: 'Only once',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_OnlyOnce', code: 'ONLYONE', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
      ],
    },
  ],
});
const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-concurrency-'));
const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed });
const bff = await startDemoBff({ upstream });
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

async function post(route: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${bff.url}/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

/** A new session as a guest; the cookie to send with its requests. */
async function newSession(): Promise<string> {
  const response = await post('session', { persona: 'guest' });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('concurrent redeems of a single-use code', () => {
  it('give one redemption and 49 usage_limit_reached rejections, over real HTTP', async () => {
    const sessions = await Promise.all(Array.from({ length: 50 }, newSession));
    expect(new Set(sessions).size).toBe(50);
    // Each shopper was shown the total with the code; the orders that cannot have it are not booked.
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
