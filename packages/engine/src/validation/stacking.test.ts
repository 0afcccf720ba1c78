import type { ValidationsValidateResponseBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

const code = (id: string, amountOff: number, category?: string) => ({
  id: `camp_${id.replace(/\W/g, '')}`,
  name: id,
  type: 'DISCOUNT_COUPONS' as const,
  categories: category === undefined ? [] : [category],
  vouchers: [
    {
      id: `v_${id.replace(/\W/g, '')}`,
      code: id,
      discount: { type: 'AMOUNT' as const, amount_off: amountOff },
    },
  ],
});

const seed: SeedInput = {
  version: 1,
  categories: [
    { id: 'cat_ex1', name: 'Clearance', stacking_rules_type: 'EXCLUSIVE' },
    { id: 'cat_ex2', name: 'Staff', stacking_rules_type: 'EXCLUSIVE' },
    { id: 'cat_joint', name: 'Payments', stacking_rules_type: 'JOINT' },
    { id: 'cat_season', name: 'Seasonal', hierarchy: 0 },
    { id: 'cat_late', name: 'Late', hierarchy: 5 },
  ],
  campaigns: [
    code('EX1', 1000, 'cat_ex1'),
    code('EX2', 2000, 'cat_ex2'),
    code('JOINT', 300, 'cat_joint'),
    code('SEASONA', 400, 'cat_season'),
    code('SEASONB', 500, 'cat_season'),
    code('LATE', 600, 'cat_late'),
    code('PLAIN', 700),
    {
      id: 'camp_tenpercent',
      name: 'Ten percent',
      type: 'DISCOUNT_COUPONS',
      categories: ['cat_season'],
      vouchers: [{ id: 'v_ten', code: 'TEN', discount: { type: 'PERCENT', percent_off: 10 } }],
    },
  ],
};

function validate(
  codes: string[],
  stackingRules: SeedInput['stacking_rules'] = {},
): ValidationsValidateResponseBody {
  const engine = openEngine({
    file: dir.path('stacking.db'),
    seed: { ...seed, stacking_rules: stackingRules },
  });
  opened.push(engine);
  return expectConformant(
    engine.validate({
      redeemables: codes.map((id) => ({ object: 'voucher' as const, id })),
      order: { amount: 10_000 },
    }),
  );
}

/** Each redeemable's status, with the SKIPPED key. */
function outcomes(response: ValidationsValidateResponseBody): Record<string, string> {
  return Object.fromEntries(
    response.redeemables.map((result) => [
      result.id,
      result.status === 'SKIPPED' ? `SKIPPED ${String(result.result.details?.key)}` : result.status,
    ]),
  );
}

describe('stacking: exclusive and joint categories', () => {
  it.each<[string, string[], Record<string, string>, number]>([
    [
      'an exclusive code leaves out a plain one, whichever comes first',
      ['PLAIN', 'EX1'],
      { PLAIN: 'SKIPPED exclusion_rules_not_met', EX1: 'APPLICABLE' },
      1000,
    ],
    [
      'a joint code stacks with an exclusive one',
      ['EX1', 'JOINT'],
      { EX1: 'APPLICABLE', JOINT: 'APPLICABLE' },
      1300,
    ],
    [
      'one exclusive code at a time',
      ['EX1', 'EX2'],
      { EX1: 'APPLICABLE', EX2: 'SKIPPED applicable_exclusive_redeemables_limit_exceeded' },
      1000,
    ],
    [
      'one code per category by default',
      ['SEASONA', 'SEASONB', 'PLAIN'],
      {
        SEASONA: 'APPLICABLE',
        SEASONB: 'SKIPPED applicable_redeemables_per_category_limit_exceeded',
        PLAIN: 'APPLICABLE',
      },
      1100,
    ],
  ])('%s', (_, codes, expected, discount) => {
    const response = validate(codes);
    expect(outcomes(response)).toEqual(expected);
    expect(response.valid).toBe(true);
    expect(response.order?.total_discount_amount).toBe(discount);
  });

  it('lets a category have its own limit', () => {
    const response = validate(['SEASONA', 'SEASONB'], {
      applicable_redeemables_category_limits: { cat_season: 2 },
    });
    expect(outcomes(response)).toEqual({ SEASONA: 'APPLICABLE', SEASONB: 'APPLICABLE' });
  });

  it('reports the exclusive and joint categories in stacking_rules', () => {
    expect(validate(['PLAIN']).stacking_rules).toMatchObject({
      exclusive_categories: ['cat_ex1', 'cat_ex2'],
      joint_categories: ['cat_joint'],
    });
  });
});

describe('stacking: order of application', () => {
  it('applies in request order by default', () => {
    // 6.00 off 100.00, then 10% of 94.00.
    expect(validate(['LATE', 'TEN']).order?.total_discount_amount).toBe(600 + 940);
  });

  it('applies lower hierarchy first under CATEGORY_HIERARCHY', () => {
    const response = validate(['LATE', 'TEN'], { redeemables_sorting_rule: 'CATEGORY_HIERARCHY' });
    expect(response.redeemables.map((result) => result.id)).toEqual(['TEN', 'LATE']);
    // 10% of 100.00, then 6.00 off.
    expect(response.order?.total_discount_amount).toBe(1000 + 600);
  });
});

describe('stacking: PARTIAL application mode', () => {
  it('applies the valid codes and lists the rest apart', () => {
    const response = validate(['NOPE', 'PLAIN', 'EX1'], { redeemables_application_mode: 'PARTIAL' });
    expect(response.valid).toBe(true);
    expect(response.redeemables.map((result) => result.id)).toEqual(['EX1']);
    expect(response.inapplicable_redeemables?.map((result) => result.id)).toEqual(['NOPE']);
    expect(response.skipped_redeemables?.map((result) => [result.id, result.result.details?.key])).toEqual([
      ['PLAIN', 'exclusion_rules_not_met'],
    ]);
    expect(response.order?.total_discount_amount).toBe(1000);
  });

  it('fails the whole request in ALL mode', () => {
    const response = validate(['NOPE', 'PLAIN']);
    expect(response.valid).toBe(false);
    expect(outcomes(response)).toEqual({
      NOPE: 'INAPPLICABLE',
      PLAIN: 'SKIPPED preceding_validation_failed',
    });
  });
});
