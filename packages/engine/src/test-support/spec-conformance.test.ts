import { describe, expect, it } from 'vitest';

import { readReference, specViolations } from './spec-conformance.js';

const example = (file: string) =>
  readReference<{ response: Record<string, unknown> }>(`examples/${file}`).response;

describe('specViolations', () => {
  it.each(['02-validations-valid-5-redeemables.json', '03-validations-invalid.json'])(
    'accepts the recorded %s',
    (file) => {
      expect(specViolations(example(file))).toEqual([]);
    },
  );

  it.each([
    ['no stacking_rules', { valid: true, redeemables: [] }],
    ['an unknown status', { ...example('03-validations-invalid.json'), redeemables: [{ status: 'MAYBE' }] }],
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
});
