import { describe, expect, it } from 'vitest';

import type { ValidationRule } from '../seed/seed-schema.js';
import { findRuleViolation } from './rule-violation.js';

const min = (id: string, amount: number): ValidationRule => ({
  id,
  name: `at least ${amount}`,
  conditions: [{ type: 'min_order_amount', amount }],
});

describe('findRuleViolation', () => {
  it.each([
    ['no rules', [], 0, undefined],
    ['amount equal to the minimum passes', [min('val_a', 5000)], 5000, undefined],
    ['amount above the minimum passes', [min('val_a', 5000)], 7000, undefined],
    ['short by 20.00', [min('val_a', 5000)], 3000, { ruleIds: ['val_a'], missingAmount: 2000 }],
    ['empty order', [min('val_a', 5000)], 0, { ruleIds: ['val_a'], missingAmount: 5000 }],
    [
      'the largest shortfall wins',
      [min('val_a', 5000), min('val_b', 8000)],
      3000,
      { ruleIds: ['val_a', 'val_b'], missingAmount: 5000 },
    ],
    [
      'only violated rules are named',
      [min('val_a', 5000), min('val_b', 8000)],
      6000,
      { ruleIds: ['val_b'], missingAmount: 2000 },
    ],
  ])('%s', (_, rules, orderAmount, expected) => {
    expect(findRuleViolation(rules, { orderAmount })).toEqual(expected);
  });
});
