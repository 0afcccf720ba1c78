import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { redeemResponseSchema, validateResponseSchema, walletResponseSchema } from '@promokit/core';
import { createEngineApp, demoSeed, openEngine, parseSeed, type SeedInput } from '@promokit/engine';
import { afterAll, describe, expect, it } from 'vitest';

import { embeddedUpstream } from './embedded-upstream.js';
import { demoBff } from './testing.js';
import { voucherifyUpstream } from './upstream.js';

// The demo, with Trail Rewards points buying a Trail Mug (1,000 points) or a 5.00 coupon of
// camp_Thanks (500 points); and a referral program whose friends convert by signing up, which
// rewards the referrer (Alex, who holds no loyalty card) with a coupon of camp_Thanks.
const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-rewards-'));
const demo = demoSeed() as SeedInput;
const seed = parseSeed({
  ...demo,
  products: [...(demo.products ?? []), { id: 'mug', name: 'Trail Mug', price: 2500 }],
  campaigns: [
    ...(demo.campaigns ?? []).map((campaign) =>
      campaign.type === 'LOYALTY_PROGRAM'
        ? {
            ...campaign,
            rewards: [
              ...campaign.rewards,
              {
                id: 'rew_Mug',
                name: 'A Trail Mug',
                type: 'MATERIAL' as const,
                points: 1000,
                product: { id: 'mug' },
              },
              {
                id: 'rew_Thanks',
                name: '5.00 off',
                type: 'CAMPAIGN' as const,
                points: 500,
                campaign: { id: 'camp_Thanks' },
              },
            ],
          }
        : campaign,
    ),
    {
      id: 'camp_Thanks',
      name: 'Thank you',
      type: 'DISCOUNT_COUPONS',
      vouchers: ['A', 'B', 'C'].map((letter) => ({
        id: `v_Thanks${letter}`,
        code: `THANKS-${letter}`,
        quantity: 1,
        discount: { type: 'AMOUNT' as const, amount_off: 500 },
      })),
    },
    {
      id: 'camp_SignUp',
      name: 'Friends who sign up',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } },
      referrer_reward: { campaign: { id: 'camp_Thanks' } },
      vouchers: [{ id: 'v_SignUpAlex', code: 'SIGNUP-ALEX', holder: 'cust-returning' }],
    },
  ],
});
const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed, caseSensitiveCodes: false });
const bff = demoBff({ upstream });
afterAll(() => {
  bff.close();
  upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

async function signIn(persona: string): Promise<string> {
  const session = await bff.app.request('/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  return (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function post(route: string, cookie: string, body: unknown = {}) {
  return bff.app.request(`/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

const wallet = async (cookie: string) =>
  walletResponseSchema.parse(await (await post('wallet', cookie)).json()).entries;
const lines = [{ productId: 'camp-kettle', quantity: 1 }];

describe('loyalty rewards besides pay with points, through the BFF', () => {
  it('lists in the wallet what the card buys, with its cost in points', async () => {
    const cookie = await signIn('loyalty-member');
    const card = (await wallet(cookie)).find((entry) => entry.code === 'LOYALTY-SAM');
    expect(card?.rewards).toEqual([
      { id: 'rew_Mug', name: 'A Trail Mug', kind: 'product', points: 1000, productId: 'mug' },
      { id: 'rew_Thanks', name: '5.00 off', kind: 'coupon', points: 500 },
    ]);
  });

  it('adds the free product to the order when the card buys it, and books it on redeem', async () => {
    const cookie = await signIn('loyalty-member');
    const codes = [{ code: 'LOYALTY-SAM', reward: 'rew_Mug' }];
    const plain = validateResponseSchema.parse(
      await (await post('validate', cookie, { cart: { lines }, codes: [] })).json(),
    );
    const shown = validateResponseSchema.parse(
      await (await post('validate', cookie, { cart: { lines }, codes })).json(),
    );
    expect(shown.applied).toEqual([
      {
        code: 'LOYALTY-SAM',
        kind: 'loyalty_card',
        label: 'Trail Rewards',
        effect: { type: 'free_items', quantity: 1, productId: 'mug' },
        discount: 2500,
      },
    ]);
    // The mug is in the order for free, as a free-unit coupon's would be: the order costs what it did.
    expect(shown.totals.subtotal).toBe(plain.totals.subtotal + 2500);
    expect(shown.totals.total).toBe(plain.totals.total);
    expect(shown.totals.paid).toEqual([]);
    const redeemed = redeemResponseSchema.parse(
      await (
        await post('redeem', cookie, {
          orderId: 'order-mug',
          cart: { lines },
          codes,
          expectedDue: shown.totals.due,
        })
      ).json(),
    );
    expect(redeemed.status === 'redeemed' && redeemed.rewards).toEqual([
      {
        code: 'LOYALTY-SAM',
        id: 'rew_Mug',
        name: 'A Trail Mug',
        kind: 'product',
        points: 1000,
        productId: 'mug',
      },
    ]);
  });

  it('publishes the coupon the card buys to the shopper, answers its code, and lists it in their wallet', async () => {
    const cookie = await signIn('loyalty-member');
    const codes = [{ code: 'LOYALTY-SAM', reward: 'rew_Thanks' }];
    const shown = validateResponseSchema.parse(
      await (await post('validate', cookie, { cart: { lines }, codes })).json(),
    );
    expect(shown.applied).toMatchObject([
      { code: 'LOYALTY-SAM', effect: { type: 'loyalty_points', points: 500 } },
    ]);
    const redeemed = redeemResponseSchema.parse(
      await (
        await post('redeem', cookie, {
          orderId: 'order-coupon',
          cart: { lines },
          codes,
          expectedDue: shown.totals.due,
        })
      ).json(),
    );
    const rewards = redeemed.status === 'redeemed' ? (redeemed.rewards ?? []) : [];
    expect(rewards).toMatchObject([{ code: 'LOYALTY-SAM', id: 'rew_Thanks', kind: 'coupon', points: 500 }]);
    const coupon = rewards[0]?.coupon ?? '';
    expect(coupon).toMatch(/^THANKS-/);
    expect((await wallet(cookie)).find((entry) => entry.code === coupon)).toMatchObject({ kind: 'coupon' });
  });
});

describe('a referrer without a loyalty card, rewarded through /track', () => {
  it("publishes a coupon to the referrer when the friend's sign-up event carries the code", async () => {
    const alex = await signIn('returning-customer');
    const before = (await wallet(alex)).filter((entry) => entry.code.startsWith('THANKS-'));
    const friend = await signIn('referred-friend');
    const tracked = await post('track', friend, { event: 'signed_up', referral: { code: 'SIGNUP-ALEX' } });
    expect(tracked.status).toBe(200);
    const after = (await wallet(alex)).filter((entry) => entry.code.startsWith('THANKS-'));
    expect(after).toHaveLength(before.length + 1);
    // Once per friend: the same friend signing up again rewards nothing more.
    await post('track', friend, { event: 'signed_up', referral: { code: 'SIGNUP-ALEX' } });
    expect((await wallet(alex)).filter((entry) => entry.code.startsWith('THANKS-'))).toHaveLength(
      after.length,
    );
  });

  it('refuses a referral code upstream does not know, or the referrer sending their own', async () => {
    const friend = await signIn('referred-friend');
    const unknown = await post('track', friend, { event: 'signed_up', referral: { code: 'NO-SUCH-CODE' } });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { code: 'bad_request' } });
    const alex = await signIn('returning-customer');
    const own = await post('track', alex, { event: 'signed_up', referral: { code: 'SIGNUP-ALEX' } });
    expect(own.status).toBe(400);
  });
});

describe("a card's rewards over Voucherify's own API", () => {
  it('are read from the member rewards endpoint when the qualification lists none, as Voucherify never does', async () => {
    const engine = openEngine({ file: join(dir, 'http.sqlite'), seed });
    const app = createEngineApp(engine, { appId: 'a', appToken: 't' });
    const http = voucherifyUpstream({
      baseUrl: 'http://engine.test',
      appId: 'a',
      appToken: 't',
      fetch: (input, init) =>
        Promise.resolve(app.request(input instanceof Request ? input : String(input), init)),
    });
    // Voucherify's qualifications carry no PromoKit extension: the wallet has to ask for the rewards.
    const voucherify = {
      ...http,
      wallet: async (body: Parameters<typeof http.wallet>[0], signal?: AbortSignal) => {
        const answer = await http.wallet(body, signal);
        for (const redeemable of answer.redeemables.data) delete redeemable.result?.promokit;
        return answer;
      },
    };
    const overHttp = demoBff({ upstream: voucherify });
    try {
      const session = await overHttp.app.request('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona: 'loyalty-member' }),
      });
      const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const response = await overHttp.app.request('/wallet', { method: 'POST', headers: { cookie } });
      const card = walletResponseSchema
        .parse(await response.json())
        .entries.find((e) => e.code === 'LOYALTY-SAM');
      expect(card?.rewards?.map((reward) => [reward.id, reward.kind, reward.points])).toEqual([
        ['rew_Mug', 'product', 1000],
        ['rew_Thanks', 'coupon', 500],
      ]);
    } finally {
      overHttp.close();
      engine.close();
    }
  });
});
