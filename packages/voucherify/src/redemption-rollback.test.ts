import { expect, it } from 'vitest';

import { redemptionRollbackSchema } from './redemption-rollback.js';
import { redemptionsRollbackRequestBodySchema } from './redemptions-rollback-request-body.js';
import { describeWithReference, readExample } from './test-support/examples.js';

describeWithReference('redemptionRollbackSchema', ['examples/06-redemptions-rollback-single.json'], () => {
  const example = readExample('06-redemptions-rollback-single.json');

  it.each(Object.entries(example['responses'] as Record<string, unknown>))(
    'parses the recorded %s rollback',
    (_, body) => {
      const parsed = redemptionRollbackSchema.parse(body);
      expect(parsed.id).toMatch(/^rr_/);
      expect(parsed.result).toBe('SUCCESS');
    },
  );

  it('gives gift credits back as a negative amount', () => {
    const responses = example['responses'] as Record<string, unknown>;
    const parsed = redemptionRollbackSchema.parse(responses['Gift Card']);
    expect(parsed.amount).toBeLessThan(0);
  });

  it('accepts the recorded request body', () => {
    const parsed = redemptionsRollbackRequestBodySchema.parse(example['request']);
    expect(parsed.order).toEqual({ source_id: 'test_rollback_8' });
    expect(parsed.customer?.metadata).toEqual({ age: 23 });
  });
});
