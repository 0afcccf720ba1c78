import { writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { tempDirPerTest } from '../test-support/temp-dir.js';
import { sampleSeed } from '../test-support/sample.js';
import { demoSeedFile } from '../test-support/demo.js';
import { InvalidSeedError, loadSeedFile, parseSeed } from './parse-seed.js';

type Path = readonly (string | number)[];

/** The sample seed with the value at `path` replaced (or removed when `value` is `undefined`). */
function sampleWith(...changes: [Path, unknown][]): unknown {
  const seed: unknown = structuredClone(sampleSeed);
  for (const [path, value] of changes) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], seed);
    (parent as Record<string | number, unknown>)[path.at(-1) ?? ''] = value;
  }
  return seed;
}

function problemsOf(json: unknown): string[] {
  try {
    parseSeed(json);
  } catch (error) {
    if (error instanceof InvalidSeedError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseSeed', () => {
  it('applies defaults', () => {
    const seed = parseSeed(sampleSeed);
    const campaign = seed.campaigns[0];
    const voucher = campaign?.type === 'DISCOUNT_COUPONS' ? campaign.vouchers[0] : undefined;
    expect(voucher).toMatchObject({ active: true, redeemed_quantity: 0, metadata: {} });
    expect(voucher?.discount.type === 'UNIT' ? undefined : voucher?.discount.effect).toBe('APPLY_TO_ORDER');
    expect(seed).toMatchObject({
      stacking_rules: {},
      categories: [],
      customers: [],
      products: [],
      collections: [],
    });
  });

  const voucher = (c: number, v: number, ...rest: (string | number)[]): Path => [
    'campaigns',
    c,
    'vouchers',
    v,
    ...rest,
  ];

  it.each<[string, Path, unknown, RegExp]>([
    [
      'a percentage above 100',
      voucher(1, 1, 'discount'),
      { type: 'PERCENT', percent_off: 150 },
      /^campaigns\[1]\.vouchers\[1]\.discount\.percent_off: /,
    ],
    [
      'an unknown discount type',
      voucher(0, 0, 'discount', 'type'),
      'SHIPPING',
      /^campaigns\[0]\.vouchers\[0]\.discount\.type: /,
    ],
    [
      'a fractional amount_off',
      voucher(1, 0, 'discount', 'amount_off'),
      4.5,
      /^campaigns\[1]\.vouchers\[0]\.discount\.amount_off: /,
    ],
    [
      'a badly prefixed voucher id',
      voucher(0, 0, 'id'),
      'voucher_1',
      /^campaigns\[0]\.vouchers\[0]\.id: must look like v_/,
    ],
    [
      'a duplicate code',
      voucher(1, 1, 'code'),
      'PERCENT10',
      /^campaigns\[1]\.vouchers\[1]\.code: duplicate code PERCENT10$/,
    ],
    [
      'an unknown rule reference',
      ['campaigns', 0, 'validation_rules'],
      ['val_Nope'],
      /^campaigns\[0]\.validation_rules\[0]: unknown validation rule val_Nope$/,
    ],
    [
      'a date without time zone',
      ['campaigns', 0, 'expiration_date'],
      '2026-01-01',
      /^campaigns\[0]\.expiration_date: /,
    ],
    [
      'an unknown key',
      voucher(0, 0, 'discount', 'percent'),
      10,
      /^campaigns\[0]\.vouchers\[0]\.discount: .*percent/,
    ],
    [
      'a many-products UNIT discount without units',
      voucher(1, 0, 'discount'),
      { type: 'UNIT', effect: 'ADD_MANY_ITEMS', units: [] },
      /^campaigns\[1]\.vouchers\[0]\.discount\.units: /,
    ],
    [
      'a UNIT discount without unit_type',
      voucher(1, 0, 'discount'),
      { type: 'UNIT', unit_off: 1, effect: 'ADD_NEW_ITEMS' },
      /^campaigns\[1]\.vouchers\[0]\.discount\.unit_type: /,
    ],
    [
      'a bundle limit above 100',
      ['validation_rules', 0, 'conditions'],
      [{ type: 'bundle', items: [{ object: 'product', id: 'mug' }], limit: 101 }],
      /^validation_rules\[0]\.conditions\[0]\.limit: /,
    ],
    [
      'a custom-event referral program without its event',
      ['campaigns', 0],
      {
        id: 'camp_Ref',
        name: 'Refer',
        type: 'REFERRAL_PROGRAM',
        discount: { type: 'AMOUNT', amount_off: 500 },
        referral_program: { conversion_event_type: 'custom_event' },
        vouchers: [{ id: 'v_Ref', code: 'REF', holder: 'ada' }],
      },
      /^campaigns\[0]\.referral_program\.custom_event: /,
    ],
    ['an unknown campaign type', ['campaigns', 0, 'type'], 'LOTTERY', /^campaigns\[0]\.type: /],
    ['a wrong version', ['version'], 2, /^version: /],
  ])('names the path of %s', (_, path, value, expected) => {
    const problems = problemsOf(sampleWith([path, value]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('puts every problem in the error message', () => {
    const bad = sampleWith(
      [['campaigns', 0, 'vouchers', 0, 'discount', 'percent_off'], 0],
      [['campaigns', 1, 'vouchers', 0, 'code'], ''],
    );
    expect(() => parseSeed(bad, 'bad.json')).toThrow(
      /^Invalid seed bad\.json:\n {2}campaigns\[0]\.vouchers\[0]\.discount\.percent_off: .*\n {2}campaigns\[1]\.vouchers\[0]\.code: /,
    );
  });
});

describe('loadSeedFile', () => {
  const dir = tempDirPerTest();

  it('loads the demo seed', () => {
    const codes = loadSeedFile(demoSeedFile).campaigns.flatMap((c) =>
      c.type === 'PROMOTION' ? [] : c.vouchers.map((v) => v.code),
    );
    expect(codes).toEqual(expect.arrayContaining(['WELCOME10', 'SAVE5', 'OLDSPRING']));
  });

  it('reports a file that is not JSON', () => {
    const file = dir.path('broken.json');
    writeFileSync(file, '{ "version": 1,');
    expect(() => loadSeedFile(file)).toThrow(InvalidSeedError);
    expect(() => loadSeedFile(file)).toThrow(/broken\.json:\n {2}not valid JSON/);
  });
});
