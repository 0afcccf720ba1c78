import type { ValidationsValidateResponseBody } from '@promokit/voucherify';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine, type EngineOptions } from './engine.js';
import { EngineRequestError } from './engine-request-error.js';
import { InvalidSeedError, parseSeed } from './seed/parse-seed.js';
import type { SeedInput } from './seed/seed-schema.js';
import { expectConformant } from './test-support/spec-conformance.js';
import { tempDirPerTest } from './test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

/** Codes created in mixed case, with a sharp s and with an accent (stored precomposed, NFC). */
const seed = (caseSensitive?: boolean): SeedInput => ({
  version: 1,
  ...(caseSensitive === undefined ? {} : { case_sensitive_codes: caseSensitive }),
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
  ],
});

function open(options: Partial<EngineOptions> = {}): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed: seed(), ...options });
  opened.push(engine);
  return engine;
}

const validate = (engine: Engine, ...ids: string[]): ValidationsValidateResponseBody =>
  expectConformant(
    engine.validate({ redeemables: ids.map((id) => ({ object: 'voucher', id })), order: { amount: 5000 } }),
  );

/** Status and id of each redeemable of a validation of `ids`. */
const answers = (engine: Engine, ...ids: string[]) =>
  validate(engine, ...ids).redeemables.map(({ status, id }) => ({ status, id }));

const failure = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof EngineRequestError) return error.body;
  }
  throw new Error('expected an EngineRequestError');
};

describe('a case-sensitive project (the default)', () => {
  it('finds a code only as it was created', () => {
    const engine = open();
    expect(answers(engine, 'Sp7x-kQ2m')).toEqual([{ status: 'APPLICABLE', id: 'Sp7x-kQ2m' }]);
    for (const typed of ['SP7X-KQ2M', 'sp7x-kq2m', 'FUSSBALL5', 'fußball5', 'caf\u00e9']) {
      expect(answers(engine, typed), typed).toEqual([{ status: 'INAPPLICABLE', id: typed }]);
    }
  });

  it('finds an accented code however its accent is encoded, answering with the code as created', () => {
    const decomposed = 'CAFE\u0301';
    expect(answers(open(), decomposed)).toEqual([{ status: 'APPLICABLE', id: 'CAF\u00c9' }]);
  });

  it('takes two spellings in different case for two codes, not a duplicate', () => {
    expect(answers(open(), 'Sp7x-kQ2m', 'SP7X-KQ2M').map((answer) => answer.status)).toEqual([
      'APPLICABLE',
      'INAPPLICABLE',
    ]);
  });

  it('lets a seed hold codes that differ only in case', () => {
    const both = parseSeed({
      version: 1,
      campaigns: [
        {
          id: 'camp_Both',
          name: 'Both',
          type: 'DISCOUNT_COUPONS',
          vouchers: [
            { id: 'v_Upper', code: 'ABC', discount: { type: 'AMOUNT', amount_off: 100 } },
            { id: 'v_Lower', code: 'abc', discount: { type: 'AMOUNT', amount_off: 200 } },
          ],
        },
      ],
    });
    const engine = open({ seed: both });
    const discounts = (code: string) => validate(engine, code).order?.total_discount_amount;
    expect([discounts('ABC'), discounts('abc')]).toEqual([100, 200]);
  });
});

describe.each([
  ['set by the seed', { seed: seed(false) }],
  ['set by the engine option over the seed', { seed: seed(true), caseSensitiveCodes: false }],
])('a case-insensitive project (%s)', (_, options) => {
  it.each([
    ['Sp7x-kQ2m', ['Sp7x-kQ2m', 'SP7X-KQ2M', 'sp7x-kq2m']],
    ['FUßBALL5', ['FUßBALL5', 'FUSSBALL5', 'fußball5', 'FUẞBALL5', 'fussball5']],
    ['CAF\u00c9', ['CAF\u00c9', 'caf\u00e9', 'cafe\u0301', 'CAFE\u0301']],
  ])('finds %s in any case, answering with the code as created', (created, typings) => {
    const engine = open(options);
    for (const typed of typings) {
      expect(answers(engine, typed), typed).toEqual([{ status: 'APPLICABLE', id: created }]);
    }
  });

  it('finds a code in any mix of case and accent encoding', () => {
    const engine = open(options);
    const recased = (code: string) =>
      fc.array(fc.boolean(), { minLength: code.length, maxLength: code.length }).chain((upper) =>
        fc.constantFrom('NFC' as const, 'NFD' as const).map((form) =>
          [...code]
            .map((letter, index) => (upper[index] ? letter.toUpperCase() : letter.toLowerCase()))
            .join('')
            .normalize(form),
        ),
      );
    fc.assert(
      fc.property(
        fc
          .constantFrom('Sp7x-kQ2m', 'FUßBALL5', 'CAF\u00c9')
          .chain((code) => recased(code).map((typed) => ({ code, typed }))),
        ({ code, typed }) => {
          expect(answers(engine, typed)).toEqual([{ status: 'APPLICABLE', id: code }]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('still tells letters apart that differ by more than case', () => {
    const engine = open(options);
    for (const typed of ['FUSBALL5', 'CAFE', 'Sp7x-kQ2n']) {
      expect(answers(engine, typed), typed).toEqual([{ status: 'INAPPLICABLE', id: typed }]);
    }
  });

  it('refuses one code sent twice in different case as a duplicate', () => {
    expect(failure(() => validate(open(options), 'FUßBALL5', 'fussball5'))).toMatchObject({
      code: 400,
      key: 'duplicated_redeemables',
    });
  });

  it('counts the uses of one voucher whatever case redeems it, and releases its lock by any case', () => {
    const engine = open(options);
    const lock = { type: 'LOCK' as const, key: 'ssn_a' };
    const held = engine.validate({
      redeemables: [{ object: 'voucher', id: 'fussball5' }],
      order: { amount: 5000 },
      session: lock,
    });
    expect(held.valid).toBe(true);
    expect(answers(engine, 'FUẞBALL5')[0]?.status).toBe('INAPPLICABLE');
    engine.releaseSession('Fußball5', 'ssn_a');
    expect(answers(engine, 'FUẞBALL5')[0]?.status).toBe('APPLICABLE');

    const redeemed = engine.redeem({
      redeemables: [{ object: 'voucher', id: 'fußball5' }],
      order: { amount: 5000 },
    });
    expect(redeemed.redemptions[0]?.voucher).toMatchObject({ id: 'v_Sharp', code: 'FUßBALL5' });
    expect(
      failure(() =>
        engine.redeem({ redeemables: [{ object: 'voucher', id: 'FUSSBALL5' }], order: { amount: 5000 } }),
      ),
    ).toMatchObject({ key: 'quantity_exceeded' });
  });

  it('filters qualifications by code in any case', () => {
    const found = open(options).qualify({
      order: { amount: 5000 },
      options: { filters: { code: { conditions: { $in: ['sp7x-kq2m', 'cafe\u0301'] } } } },
    });
    expect(found.redeemables.data.map((redeemable) => redeemable.id).sort()).toEqual([
      'CAF\u00c9',
      'Sp7x-kQ2m',
    ]);
  });
});

describe('codes of a seed that a case-insensitive project takes for one', () => {
  const clashing = (caseSensitive?: boolean): SeedInput => ({
    version: 1,
    ...(caseSensitive === undefined ? {} : { case_sensitive_codes: caseSensitive }),
    campaigns: [
      {
        id: 'camp_Clash',
        name: 'Clash',
        type: 'DISCOUNT_COUPONS',
        vouchers: [
          { id: 'v_One', code: 'FUßBALL5', discount: { type: 'AMOUNT', amount_off: 100 } },
          { id: 'v_Two', code: 'fussball5', discount: { type: 'AMOUNT', amount_off: 200 } },
        ],
      },
    ],
  });
  const problem = {
    path: 'campaigns[0].vouchers[1].code',
    message: 'duplicate code fussball5: the same code as FUßBALL5 in a case-insensitive project',
  };

  it('make the seed invalid when the seed says so', () => {
    expect(() => parseSeed(clashing(false))).toThrow(InvalidSeedError);
    try {
      parseSeed(clashing(false));
    } catch (error) {
      expect((error as InvalidSeedError).problems).toEqual([problem]);
    }
  });

  it('make the engine refuse the seed when its option says so', () => {
    expect(() => parseSeed(clashing())).not.toThrow();
    try {
      openEngine({ file: dir.path('clash.db'), seed: clashing(), caseSensitiveCodes: false });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSeedError);
      expect((error as InvalidSeedError).problems).toEqual([problem]);
    }
  });

  it('make reseeding refuse the seed', () => {
    const engine = open({ seed: seed(), caseSensitiveCodes: false });
    expect(() => engine.reseed(clashing())).toThrow(InvalidSeedError);
    expect(answers(engine, 'fussball5')[0]?.status).toBe('APPLICABLE');
  });
});
