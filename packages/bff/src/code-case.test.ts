import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type CodeEntry,
  type RedeemResponse,
  type ValidateResponse,
  redeemResponseSchema,
  validateResponseSchema,
} from '@promokit/core';
import { parseSeed } from '@promokit/engine';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';

import { jsonCatalog } from './catalog.js';
import { createBff } from './create-bff.js';
import { embeddedUpstream } from './embedded-upstream.js';

/** Codes created in mixed case, with a sharp s and with an accent (precomposed, NFC). */
const seed = parseSeed({
  version: 1,
  customers: [{ id: 'cust_ada', source_id: 'ada' }],
  campaigns: [
    {
      id: 'camp_Codes',
      name: 'Codes as created',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_Mixed', code: 'Sp7x-kQ2m', discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_Sharp', code: 'FUßBALL5', quantity: 1, discount: { type: 'AMOUNT', amount_off: 300 } },
        { id: 'v_Cafe', code: 'CAF\u00c9', discount: { type: 'AMOUNT', amount_off: 200 } },
      ],
    },
    {
      id: 'camp_Loyal',
      name: 'Loyal',
      type: 'LOYALTY_PROGRAM',
      rewards: [{ id: 'rew_Pay', name: 'Pay with points', points_value: 1 }],
      earning: { points: 1, every: 100 },
      vouchers: [{ id: 'v_Card', code: 'Loyal-Ada', holder: 'ada', loyalty_card: { points: 1000 } }],
    },
  ],
});

const dirs: string[] = [];
const closers: (() => void)[] = [];
afterAll(() => {
  closers.forEach((close) => close());
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/**
 * The BFF over the embedded engine on its own SQLite file, both set to the same project choice,
 * with a shopper (`x-shopper`) and a session (`x-session`) taken from headers.
 */
function stack(caseSensitiveCodes: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-case-'));
  dirs.push(dir);
  const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed, caseSensitiveCodes });
  closers.push(() => upstream.close());
  const app = createBff({
    upstream: { ...upstream, payWithPointsReward: (campaignId) => ({ camp_Loyal: 'rew_Pay' })[campaignId] },
    catalog: jsonCatalog('USD', [{ id: 'mug', name: 'Mug', price: 2500 }]),
    currency: 'USD',
    caseSensitiveCodes,
    identify: (request) => {
      const sourceId = request.headers.get('x-shopper');
      return sourceId ? { sourceId } : null;
    },
    sessionOf: (request) => request.headers.get('x-session'),
    attempts: { perIp: 10_000, perSession: 10_000 },
    logger: pino({ level: 'silent' }),
  });
  const post = (route: string, body: unknown, headers: Record<string, string>) =>
    app.request(route, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return {
    async validate(codes: CodeEntry[], headers: Record<string, string> = {}): Promise<ValidateResponse> {
      const response = await post('/validate', { cart, codes }, headers);
      expect(response.status).toBe(200);
      return validateResponseSchema.parse(await response.json());
    },
    async redeem(orderId: string, codes: CodeEntry[]): Promise<RedeemResponse> {
      const response = await post('/redeem', { orderId, cart, codes }, {});
      expect(response.status).toBe(200);
      return redeemResponseSchema.parse(await response.json());
    },
  };
}

const cart = { lines: [{ productId: 'mug', quantity: 2 }] };
const appliedCodes = (response: ValidateResponse) => response.applied.map((item) => item.code);

describe('a case-sensitive project and BFF', () => {
  const bff = stack(true);

  it('applies a mixed-case code only as it was created, and shows it so', async () => {
    const exact = await bff.validate([' Sp7x-kQ2m ']);
    expect(exact.applied).toEqual([expect.objectContaining({ code: 'Sp7x-kQ2m', discount: 500 })]);
    for (const typed of ['SP7X-KQ2M', 'sp7x-kq2m', 'FUSSBALL5', 'caf\u00e9']) {
      const other = await bff.validate([typed]);
      expect(other.applied, typed).toEqual([]);
      expect(other.rejected, typed).toEqual([{ reason: 'not_found', code: typed }]);
    }
  });

  it('applies an accented code typed with a combining accent', async () => {
    const result = await bff.validate(['CAFE\u0301']);
    expect(appliedCodes(result)).toEqual(['CAF\u00c9']);
  });

  it('sends two spellings in different case as two codes', async () => {
    const result = await bff.validate(['Sp7x-kQ2m', 'SP7X-KQ2M']);
    expect(result.rejected).toContainEqual({ reason: 'not_found', code: 'SP7X-KQ2M' });
    expect([...appliedCodes(result), ...result.rejected.map((item) => item.code)].sort()).toEqual([
      'SP7X-KQ2M',
      'Sp7x-kQ2m',
    ]);
  });
});

describe('a case-insensitive project and BFF', () => {
  const bff = stack(false);

  it.each([
    ['Sp7x-kQ2m', 'SP7X-KQ2M'],
    ['Sp7x-kQ2m', 'sp7x-kq2m'],
    ['FUßBALL5', 'FUSSBALL5'],
    ['FUßBALL5', 'fußball5'],
    ['FUßBALL5', 'FUẞBALL5'],
    ['CAF\u00c9', 'caf\u00e9'],
  ])('applies %s typed as %s, and shows it as typed', async (_, typed) => {
    const result = await bff.validate([typed]);
    expect(result.rejected).toEqual([]);
    expect(appliedCodes(result)).toEqual([typed]);
  });

  it('applies an accented code typed in NFD in lower case, shown as typed (in NFC)', async () => {
    const result = await bff.validate(['cafe\u0301']);
    expect(appliedCodes(result)).toEqual(['caf\u00e9']);
  });

  it('applies each code in any mix of case and accent encoding, answering with the spelling sent', async () => {
    const typing = fc.constantFrom('Sp7x-kQ2m', 'FUßBALL5', 'CAF\u00c9').chain((code) =>
      fc
        .tuple(
          fc.array(fc.boolean(), { minLength: code.length, maxLength: code.length }),
          fc.constantFrom('NFC' as const, 'NFD' as const),
        )
        .map(([upper, form]) =>
          [...code]
            .map((letter, index) => (upper[index] ? letter.toUpperCase() : letter.toLowerCase()))
            .join('')
            .normalize(form),
        ),
    );
    await fc.assert(
      fc.asyncProperty(typing, async (typed) => {
        const result = await bff.validate([typed]);
        expect(appliedCodes(result)).toEqual([typed.normalize('NFC')]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps letters that differ by more than case apart', async () => {
    const result = await bff.validate(['FUSBALL5']);
    expect(result.rejected).toEqual([{ reason: 'not_found', code: 'FUSBALL5' }]);
  });

  it('sends one code typed twice in different case once, its first spelling kept, and answers the second as already applied', async () => {
    const result = await bff.validate(['fußball5', 'FUSSBALL5', 'Sp7x-kQ2m']);
    expect(result.rejected).toEqual([{ reason: 'already_applied', code: 'FUSSBALL5' }]);
    expect(appliedCodes(result)).toEqual(['fußball5', 'Sp7x-kQ2m']);
  });

  it('answers every code a request names, a repeat in another case as its first spelling was answered', async () => {
    const spelling = (code: string) =>
      fc
        .array(fc.boolean(), { minLength: code.length, maxLength: code.length })
        .map((upper) =>
          [...code].map((letter, i) => (upper[i] ? letter.toUpperCase() : letter.toLowerCase())).join(''),
        );
    const codes = fc.array(fc.constantFrom('Sp7x-kQ2m', 'CAF\u00c9', 'NOPE-42').chain(spelling), {
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(codes, async (sent) => {
        const result = await bff.validate(sent);
        const answered = [...appliedCodes(result), ...result.rejected.map((item) => item.code)];
        // Each spelling sent is answered once (a spelling sent twice, once per time).
        expect(answered.sort()).toEqual([...sent].sort());
        const firstOf = (code: string) => sent.find((other) => other.toLowerCase() === code.toLowerCase());
        for (const rejection of result.rejected) {
          const first = firstOf(rejection.code)!;
          if (first === rejection.code && sent.indexOf(rejection.code) === sent.lastIndexOf(rejection.code))
            continue;
          if (appliedCodes(result).includes(first)) expect(rejection.reason).toBe('already_applied');
          else if (rejection.code !== first) expect(rejection.reason).toBe('not_found');
        }
      }),
      { numRuns: 30 },
    );
  });

  it('pays with the points of a loyalty card typed in another case than the wallet spells it', async () => {
    const result = await bff.validate([{ code: 'loyal-ada', points: 100 }], { 'x-shopper': 'ada' });
    expect(result.rejected).toEqual([]);
    expect(result.applied).toEqual([
      expect.objectContaining({ code: 'loyal-ada', kind: 'loyalty_card', discount: 0, paid: 100 }),
    ]);
  });

  it('reserves and gives back one voucher whatever case each shopper types it in', async () => {
    // Signed-in shoppers: only their validations reserve.
    const a = { 'x-session': 'ssn-a', 'x-shopper': 'ada' };
    const b = { 'x-session': 'ssn-b', 'x-shopper': 'bea' };
    const held = await bff.validate(['fussball5'], a);
    expect(appliedCodes(held)).toEqual(['fussball5']);
    expect((await bff.validate(['FUẞBALL5'], b)).rejected).toEqual([
      { reason: 'usage_limit_reached', code: 'FUẞBALL5' },
    ]);
    await bff.validate([], a);
    expect(appliedCodes(await bff.validate(['FUẞBALL5'], b))).toEqual(['FUẞBALL5']);
    await bff.validate([], b);
  });

  it('redeems as typed, and counts the uses of the voucher however it is typed', async () => {
    const first = await bff.redeem('order-case-1', ['Fußball5']);
    expect(first).toMatchObject({ status: 'redeemed', applied: [{ code: 'Fußball5', discount: 300 }] });
    // The voucher's one use is gone: the order goes on without it, the code explained.
    const second = await bff.redeem('order-case-2', ['FUSSBALL5']);
    expect(second).toMatchObject({
      status: 'redeemed',
      applied: [],
      rejected: [{ reason: 'usage_limit_reached', code: 'FUSSBALL5' }],
    });
  });
});
