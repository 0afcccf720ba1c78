import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type CodeEntry,
  type RedeemResponse,
  redeemResponseSchema,
  type ValidateResponse,
  validateResponseSchema,
  type WalletResponse,
  walletResponseSchema,
} from '@promokit/core';
import {
  createEngineApp,
  demoSeedPath,
  loadSeedFile,
  openEngine,
  parseSeed,
  type Seed,
} from '@promokit/engine';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';

import { embeddedUpstream } from './embedded-upstream.js';
import { demoBff } from './testing.js';
import { type Upstream, voucherifyUpstream } from './upstream.js';

// A seed of its own, without automatic promotions: a validation without codes reaches no upstream.
const seed = parseSeed({
  version: 1,
  campaigns: [
    {
      id: 'camp_OnlyOnce',
      name: 'Only once',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_OnlyOnce', code: 'ONLYONE', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_OnlyOnce2', code: 'ONLYONE2', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_Always5', code: 'ALWAYS5', discount: { type: 'AMOUNT', amount_off: 500 } },
      ],
    },
    {
      id: 'camp_G1ftCards',
      name: 'Gift cards',
      type: 'GIFT_VOUCHERS',
      vouchers: [{ id: 'v_G1ft2500', code: 'GIFT-2500', gift: { amount: 2500 } }],
    },
  ],
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const engineFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-lock-'));
  dirs.push(dir);
  return join(dir, 'engine.sqlite');
};

/**
 * The engine behind Voucherify's HTTP API, reached as the BFF reaches Voucherify; `state` counts
 * the releases and makes them fail (as if the network did) while `releasesDown`.
 */
function engineOverHttp(engineSeed: Seed = seed) {
  const engine = openEngine({ file: engineFile(), seed: engineSeed });
  const credentials = { appId: 'lock', appToken: 'lock' };
  const app = createEngineApp(engine, credentials);
  const state = { releasesDown: false, releases: 0 };
  const upstream: Upstream = {
    ...voucherifyUpstream({
      ...credentials,
      baseUrl: 'http://engine.invalid',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'DELETE') {
          state.releases++;
          if (state.releasesDown) throw new TypeError('fetch failed');
        }
        return app.fetch(request);
      },
    }),
    close: () => engine.close(),
  };
  return { upstream, state };
}

const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

/**
 * A BFF over `upstream`, and its warnings. `shopper(persona)` starts a new session as `persona`
 * (signed in unless `guest`) and gives its storefront's calls: `validate` as a function, `redeem`
 * and `wallet` beside it.
 */
function bffOver(upstream: Upstream) {
  const warnings: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'warn' },
    { write: (line: string) => warnings.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const bff = demoBff({ upstream, logger });
  afterAll(() => {
    bff.close();
    upstream.close();
  });

  /** A new session as `persona`: validates the cart with codes, as that shopper's storefront does. */
  async function shopper(persona: string) {
    const started = await bff.app.request('/session', {
      method: 'POST',
      body: JSON.stringify({ persona }),
    });
    const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const post = async (route: string, body: unknown) => {
      const response = await bff.app.request(route, {
        method: 'POST',
        headers: { cookie },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
      return response.json();
    };
    const validate = async (codes: CodeEntry[], lines = cart.lines): Promise<ValidateResponse> =>
      validateResponseSchema.parse(await post('/validate', { cart: { lines }, codes }));
    return Object.assign(validate, {
      redeem: async (orderId: string, codes: CodeEntry[], lines = cart.lines): Promise<RedeemResponse> =>
        redeemResponseSchema.parse(await post('/redeem', { orderId, cart: { lines }, codes })),
      wallet: async (): Promise<WalletResponse> => walletResponseSchema.parse(await post('/wallet', {})),
    });
  }
  return { shopper, warnings };
}

const appliedCodes = (response: ValidateResponse) => response.applied.map((item) => item.code);

describe.each<[string, () => Upstream]>([
  ['the embedded engine', () => embeddedUpstream({ file: engineFile(), seed })],
  ['the engine over HTTP', () => engineOverHttp().upstream],
])('removing a code, over %s', (_, upstream) => {
  const { shopper } = bffOver(upstream());
  // Two signed-in shoppers, whose validations reserve what applies to them.
  const twoShoppers = () => Promise.all([shopper('new-customer'), shopper('returning-customer')]);

  it('frees a single-use code for another shopper at once', async () => {
    const [a, b] = await twoShoppers();
    expect(appliedCodes(await a(['ONLYONE']))).toEqual(['ONLYONE']);
    expect((await b(['ONLYONE'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE' }]);

    const removed = await a([]);
    expect(removed.totals).toMatchObject({ currency: 'USD', subtotal: 6000, discount: 0, total: 6000 + 695 });
    expect(appliedCodes(await b(['ONLYONE']))).toEqual(['ONLYONE']);
    // B now holds it: A cannot take it back.
    expect((await a(['ONLYONE'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE' }]);
  });

  it("frees a gift card's whole balance for another shopper at once", async () => {
    const [a, b] = await twoShoppers();
    const whole = { code: 'GIFT-2500', amount: 2500 };
    expect((await a([whole])).applied).toMatchObject([{ code: 'GIFT-2500', discount: 0, paid: 2500 }]);
    expect((await b([whole])).rejected).toEqual([{ reason: 'insufficient_balance', code: 'GIFT-2500' }]);

    await a([]);
    expect((await b([whole])).applied).toMatchObject([{ code: 'GIFT-2500', discount: 0, paid: 2500 }]);
  });

  it('frees a code dropped while others stay, as the session is sent again upstream', async () => {
    const [a, b] = await twoShoppers();
    expect(appliedCodes(await a(['ALWAYS5', 'ONLYONE2']))).toEqual(['ALWAYS5', 'ONLYONE2']);
    expect((await b(['ONLYONE2'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE2' }]);

    expect(appliedCodes(await a(['ALWAYS5']))).toEqual(['ALWAYS5']);
    expect(appliedCodes(await b(['ONLYONE2']))).toEqual(['ONLYONE2']);
  });
});

describe.each<[string, () => Upstream]>([
  ['the embedded engine', () => embeddedUpstream({ file: engineFile(), seed })],
  ['the engine over HTTP', () => engineOverHttp().upstream],
])("a guest's validation, over %s", (_, upstream) => {
  const { shopper } = bffOver(upstream());
  const guests = (count: number) => Promise.all(Array.from({ length: count }, () => shopper('guest')));

  it('shows what applies and reserves nothing, however many guest sessions validate', async () => {
    const browsing = await guests(12);
    const whole = { code: 'GIFT-2500', amount: 2500 };
    for (const answer of await Promise.all(browsing.map((guest) => guest(['ONLYONE', whole])))) {
      expect(answer.applied).toMatchObject([
        { code: 'ONLYONE', discount: 500 },
        { code: 'GIFT-2500', discount: 0, paid: 2500 },
      ]);
    }
    // A signed-in shopper still gets the single use and the whole balance, and reserves them.
    const shopperA = await shopper('new-customer');
    expect((await shopperA(['ONLYONE', whole])).applied).toMatchObject([
      { code: 'ONLYONE' },
      { code: 'GIFT-2500', paid: 2500 },
    ]);
    const [late] = await guests(1);
    expect((await late!(['ONLYONE', whole])).rejected).toEqual([
      { reason: 'usage_limit_reached', code: 'ONLYONE' },
      { reason: 'insufficient_balance', code: 'GIFT-2500' },
    ]);
    await shopperA([]);
  });

  it('keeps a customer’s reservation theirs in each of their sessions, and after signing out', async () => {
    // A storefront whose sessions outlive signing out: the session (`x-session`) stays, the
    // shopper (`x-shopper`) goes.
    const bff = demoBff({
      upstream: upstream(),
      logger: pino({ level: 'silent' }),
      identify: (request) => {
        const sourceId = request.headers.get('x-shopper');
        return sourceId ? { sourceId, metadata: {} } : null;
      },
      sessionOf: (request) => request.headers.get('x-session'),
    });
    afterAll(() => bff.close());
    const validate = async (codes: CodeEntry[], headers: Record<string, string>) =>
      validateResponseSchema.parse(
        await (
          await bff.app.request('/validate', {
            method: 'POST',
            headers,
            body: JSON.stringify({ cart, codes }),
          })
        ).json(),
      );
    const other = { 'x-session': 'other', 'x-shopper': 'cust-returning' };
    const phone = { 'x-session': 'phone', 'x-shopper': 'cust-new' };
    const laptop = { 'x-session': 'laptop', 'x-shopper': 'cust-new' };
    expect(appliedCodes(await validate(['ONLYONE2'], phone))).toEqual(['ONLYONE2']);
    // The same customer in another session: the code they reserved is theirs there too.
    expect(appliedCodes(await validate(['ONLYONE2'], laptop))).toEqual(['ONLYONE2']);
    expect((await validate(['ONLYONE2'], other)).rejected).toEqual([
      { reason: 'usage_limit_reached', code: 'ONLYONE2' },
    ]);
    // Signed out, the session holds nothing, and the customer's reservation stays theirs.
    expect(appliedCodes(await validate(['ALWAYS5'], { 'x-session': 'phone' }))).toEqual(['ALWAYS5']);
    expect(appliedCodes(await validate(['ONLYONE2'], laptop))).toEqual(['ONLYONE2']);
    // Removed in any of their sessions, it is free for the other shopper at once.
    await validate([], laptop);
    expect(appliedCodes(await validate(['ONLYONE2'], other))).toEqual(['ONLYONE2']);
    await validate([], other);
  });
});

describe('removing a code from a cart with automatic promotions (demo seed)', () => {
  const { upstream } = engineOverHttp(loadSeedFile(demoSeedPath));
  const { shopper } = bffOver(upstream);
  /** Whether the card's whole balance is free upstream: asked without any validation session. */
  const balanceFree = async () => {
    const validation = await upstream.validate({
      customer: { source_id: 'cust-loyal' },
      order: { amount: 20_000 },
      redeemables: [{ object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 5000 } }],
    });
    return validation.redeemables[0]?.status === 'APPLICABLE';
  };

  it("frees the gift card's balance through the validation of the promotions left", async () => {
    // Two sessions of the card's holder (its campaign admits no one else): two tabs, say.
    const [a, b] = await Promise.all([shopper('loyalty-member'), shopper('loyalty-member')]);
    const shell = [{ productId: 'rain-shell', quantity: 1 }];
    const whole = { code: 'GIFT-5000-DEMO', amount: 5000 };
    const applied = await a([whole], shell);
    expect(appliedCodes(applied)).toEqual(['GIFT-5000-DEMO']);
    expect(applied.promotions).not.toEqual([]);
    // The holder's other tab shares the reservation: the card is theirs there too.
    expect(appliedCodes(await b([whole], shell))).toEqual(['GIFT-5000-DEMO']);
    expect(await balanceFree()).toBe(false);

    expect((await a([], shell)).promotions).not.toEqual([]);
    expect(await balanceFree()).toBe(true);
  });
});

describe("someone else's gift card (demo seed)", () => {
  const { shopper } = bffOver(engineOverHttp(loadSeedFile(demoSeedPath)).upstream);
  const shell = [{ productId: 'rain-shell', quantity: 1 }];
  const whole = { code: 'GIFT-5000-DEMO', amount: 5000 };
  const giftCard = (wallet: WalletResponse) => wallet.entries.find((entry) => entry.code === whole.code);

  it("is refused to guests and other shoppers, from any number of fresh sessions, and its owner's balance and wallet stay", async () => {
    const owner = await shopper('loyalty-member');
    const walletBefore = await owner.wallet();
    expect(giftCard(walletBefore)).toMatchObject({ kind: 'gift_card', balance: 5000 });

    const strangers = await Promise.all([
      ...Array.from({ length: 20 }, () => shopper('guest')),
      shopper('new-customer'),
      shopper('returning-customer'),
    ]);
    const answers = await Promise.all(
      strangers.flatMap((stranger) => [stranger([whole], shell), stranger(['GIFT-5000-DEMO'], shell)]),
    );
    answers.forEach((answer, index) => {
      const guest = index < 40;
      expect(answer.applied).toEqual([]);
      expect(answer.rejected).toEqual([
        { reason: guest ? 'requires_sign_in' : 'customer_not_eligible', code: 'GIFT-5000-DEMO' },
      ]);
      expect(answer.totals.paid).toEqual([]);
    });

    expect(await owner.wallet()).toEqual(walletBefore);
    expect((await owner([whole], shell)).applied).toMatchObject([{ code: 'GIFT-5000-DEMO', paid: 5000 }]);
    await owner([]);
  });

  it('is still reserved by its signed-in owner, and redeemed as before', async () => {
    const [tab, otherTab] = await Promise.all([shopper('loyalty-member'), shopper('loyalty-member')]);
    expect((await tab([whole], shell)).applied).toMatchObject([{ code: 'GIFT-5000-DEMO', paid: 5000 }]);
    // The owner's validation reserved the whole balance for them, in every session of theirs.
    expect((await otherTab([whole], shell)).applied).toMatchObject([{ code: 'GIFT-5000-DEMO', paid: 5000 }]);
    // A guest who redeems with the code gets nothing of it either.
    const guest = await shopper('guest');
    const stolen = await guest.redeem('order-gift-guest', [whole], shell);
    expect(stolen).toMatchObject({
      status: 'redeemed',
      applied: [],
      rejected: [{ reason: 'requires_sign_in', code: 'GIFT-5000-DEMO' }],
      totals: { paid: [] },
    });

    const redeemed = await tab.redeem('order-gift-owner', [whole], shell);
    expect(redeemed).toMatchObject({
      status: 'redeemed',
      applied: [{ code: 'GIFT-5000-DEMO', kind: 'gift_card', paid: 5000 }],
    });
    expect(giftCard(await tab.wallet())?.balance ?? 0).toBe(0);
  });
});

describe('when releasing fails', () => {
  const { upstream, state } = engineOverHttp();
  const { shopper, warnings } = bffOver(upstream);

  it('still answers the shopper, logs a warning, and releases on their next validation', async () => {
    const [a, b] = await Promise.all([shopper('new-customer'), shopper('returning-customer')]);
    await a(['ONLYONE']);
    state.releasesDown = true;
    const removed = await a([]);
    expect(removed).toMatchObject({ applied: [], rejected: [], totals: { discount: 0, total: 6000 + 695 } });
    expect(warnings).toContainEqual(
      expect.objectContaining({ msg: 'validation lock not released', code: '***YONE' }),
    );
    expect((await b(['ONLYONE'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE' }]);

    state.releasesDown = false;
    await a([]);
    expect(appliedCodes(await b(['ONLYONE']))).toEqual(['ONLYONE']);
  });

  it('calls upstream only while the session holds a code', async () => {
    const a = await shopper('new-customer');
    const before = state.releases;
    await a([]);
    expect(state.releases).toBe(before);
    await a(['ALWAYS5']);
    await a([]);
    expect(state.releases).toBe(before + 1);
    await a([]);
    expect(state.releases).toBe(before + 1);
  });
});
