import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type CodeEntry, type ValidateResponse, validateResponseSchema } from '@promokit/core';
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

/** A BFF over `upstream` with a shopper-facing `validate` per guest session, and its warnings. */
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
  async function shopper(persona = 'guest') {
    const started = await bff.app.request('/session', {
      method: 'POST',
      body: JSON.stringify({ persona }),
    });
    const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return async (codes: CodeEntry[], lines = cart.lines): Promise<ValidateResponse> => {
      const response = await bff.app.request('/validate', {
        method: 'POST',
        headers: { cookie },
        body: JSON.stringify({ cart: { lines }, codes }),
      });
      expect(response.status).toBe(200);
      return validateResponseSchema.parse(await response.json());
    };
  }
  return { shopper, warnings };
}

const appliedCodes = (response: ValidateResponse) => response.applied.map((item) => item.code);

describe.each<[string, () => Upstream]>([
  ['the embedded engine', () => embeddedUpstream({ file: engineFile(), seed })],
  ['the engine over HTTP', () => engineOverHttp().upstream],
])('removing a code, over %s', (_, upstream) => {
  const { shopper } = bffOver(upstream());

  it('frees a single-use code for another shopper at once', async () => {
    const [a, b] = await Promise.all([shopper(), shopper()]);
    expect(appliedCodes(await a(['ONLYONE']))).toEqual(['ONLYONE']);
    expect((await b(['ONLYONE'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE' }]);

    const removed = await a([]);
    expect(removed.totals).toMatchObject({ currency: 'USD', subtotal: 6000, discount: 0, total: 6000 + 695 });
    expect(appliedCodes(await b(['ONLYONE']))).toEqual(['ONLYONE']);
    // B now holds it: A cannot take it back.
    expect((await a(['ONLYONE'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE' }]);
  });

  it("frees a gift card's whole balance for another shopper at once", async () => {
    const [a, b] = await Promise.all([shopper(), shopper()]);
    const whole = { code: 'GIFT-2500', amount: 2500 };
    expect((await a([whole])).applied).toMatchObject([{ code: 'GIFT-2500', discount: 0, paid: 2500 }]);
    expect((await b([whole])).rejected).toEqual([{ reason: 'insufficient_balance', code: 'GIFT-2500' }]);

    await a([]);
    expect((await b([whole])).applied).toMatchObject([{ code: 'GIFT-2500', discount: 0, paid: 2500 }]);
  });

  it('frees a code dropped while others stay, as the session is sent again upstream', async () => {
    const [a, b] = await Promise.all([shopper(), shopper()]);
    expect(appliedCodes(await a(['ALWAYS5', 'ONLYONE2']))).toEqual(['ALWAYS5', 'ONLYONE2']);
    expect((await b(['ONLYONE2'])).rejected).toEqual([{ reason: 'usage_limit_reached', code: 'ONLYONE2' }]);

    expect(appliedCodes(await a(['ALWAYS5']))).toEqual(['ALWAYS5']);
    expect(appliedCodes(await b(['ONLYONE2']))).toEqual(['ONLYONE2']);
  });
});

describe('removing a code from a cart with automatic promotions (demo seed)', () => {
  const { shopper } = bffOver(engineOverHttp(loadSeedFile(demoSeedPath)).upstream);

  it("frees the gift card's balance through the validation of the promotions left", async () => {
    // Two sessions of the card's holder (its campaign admits no one else): two tabs, say.
    const [a, b] = await Promise.all([shopper('loyalty-member'), shopper('loyalty-member')]);
    const shell = [{ productId: 'rain-shell', quantity: 1 }];
    const whole = { code: 'GIFT-5000-DEMO', amount: 5000 };
    const applied = await a([whole], shell);
    expect(appliedCodes(applied)).toEqual(['GIFT-5000-DEMO']);
    expect(applied.promotions).not.toEqual([]);
    expect((await b([whole], shell)).rejected).toContainEqual({
      reason: 'insufficient_balance',
      code: 'GIFT-5000-DEMO',
    });

    expect((await a([], shell)).promotions).not.toEqual([]);
    expect(appliedCodes(await b([whole], shell))).toEqual(['GIFT-5000-DEMO']);
  });
});

describe('when releasing fails', () => {
  const { upstream, state } = engineOverHttp();
  const { shopper, warnings } = bffOver(upstream);

  it('still answers the shopper, logs a warning, and releases on their next validation', async () => {
    const [a, b] = await Promise.all([shopper(), shopper()]);
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
    const a = await shopper();
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
