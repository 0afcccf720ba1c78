import { expect, it } from 'vitest';

import { describeWithReference, readReference, specViolations, type SpecSchema } from './spec-conformance.js';

const example = (file: string) =>
  readReference<{ response: Record<string, unknown> }>(`examples/${file}`).response;

describeWithReference(
  'specViolations',
  [
    'readOnly-openAPI.json',
    'examples/02-validations-valid-5-redeemables.json',
    'examples/03-validations-invalid.json',
  ],
  () => {
    it.each(['02-validations-valid-5-redeemables.json', '03-validations-invalid.json'])(
      'accepts the recorded %s',
      (file) => {
        expect(specViolations(example(file))).toEqual([]);
      },
    );

    it.each([
      ['no stacking_rules', { valid: true, redeemables: [] }],
      [
        'an unknown status',
        { ...example('03-validations-invalid.json'), redeemables: [{ status: 'MAYBE' }] },
      ],
      [
        'an APPLICABLE without result',
        { stacking_rules: {}, redeemables: [{ status: 'APPLICABLE', id: 'A' }] },
      ],
      ['a money field as text', { stacking_rules: {}, order: { amount: '10.00' } }],
      ['a fractional amount', { stacking_rules: {}, order: { total_amount: 10.5 } }],
      ['a limit out of range', { stacking_rules: { applicable_redeemables_limit: 99 } }],
    ])('rejects %s', (_, response) => {
      expect(specViolations(response)).not.toEqual([]);
    });
  },
);

// Voucherify's recorded rollbacks send `voucher: null` and string `validity_timeframe`s where
// their own spec wants objects, so only the engine's rollbacks are checked (wire-conformance.test.ts).
describeWithReference(
  'specViolations with another schema',
  ['readOnly-openAPI.json', 'examples/01-qualifications.json', 'examples/05-redemptions-stackable.json'],
  () => {
    it.each<[string, unknown, SpecSchema]>([
      ['qualifications', example('01-qualifications.json'), 'QualificationsCheckEligibilityResponseBody'],
      ['stacked redemptions', example('05-redemptions-stackable.json'), 'RedemptionsRedeemResponseBody'],
    ])('accepts the recorded %s', (_, response, schema) => {
      expect(specViolations(response, schema)).toEqual([]);
    });

    it.each<[string, unknown, SpecSchema]>([
      [
        'a qualification list with a text total',
        { redeemables: { object: 'list', data_ref: 'data', data: [], total: 'none', has_more: false } },
        'QualificationsCheckEligibilityResponseBody',
      ],
      [
        'a redemption with an unknown result',
        { ...example('05-redemptions-stackable.json'), parent_redemption: { result: 'MAYBE' } },
        'RedemptionsRedeemResponseBody',
      ],
      ['a rollback with a fractional amount', { amount: -10.5 }, 'RedemptionsRollbackCreateResponseBody'],
    ])('rejects %s', (_, response, schema) => {
      expect(specViolations(response, schema)).not.toEqual([]);
    });
  },
);

// Voucherify's rollback of a loyalty card that bought a coupon: its `reward` is what a stacked
// redemption's child carries (spec `RedemptionRewardResult`).
describeWithReference(
  'specViolations of a reward',
  ['readOnly-openAPI.json', 'examples/06-redemptions-rollback-single.json'],
  () => {
    const reward = () =>
      readReference<{ responses: Record<string, { reward: Record<string, unknown> }> }>(
        'examples/06-redemptions-rollback-single.json',
      ).responses['Loyalty Card']?.reward;

    it("accepts the recorded loyalty card's coupon reward in a redemption, but for its voucher's nulls", () => {
      const recorded = reward() ?? {};
      expect(recorded).toMatchObject({ type: 'CAMPAIGN', object: 'reward' });
      // The recorded voucher sends null validity fields where the spec wants an object and a list.
      const voucher = Object.fromEntries(
        Object.entries(recorded['voucher'] as Record<string, unknown>).filter(([, value]) => value !== null),
      );
      const redemption = { reward: { ...recorded, voucher } };
      expect(specViolations({ redemptions: [redemption] }, 'RedemptionsRedeemResponseBody')).toEqual([]);
    });

    it('rejects a reward of an unknown type', () => {
      const bad = { redemptions: [{ reward: { ...reward(), type: 'VOUCHER' } }] };
      expect(specViolations(bad, 'RedemptionsRedeemResponseBody')).not.toEqual([]);
    });
  },
);
