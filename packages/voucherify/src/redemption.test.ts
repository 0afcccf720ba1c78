import { describe, expect, it } from 'vitest';

import { redemptionSchema } from './redemption.js';
import { describeWithReference, readExample } from './test-support/examples.js';

describeWithReference('redemptionSchema on recorded redemptions', ['examples/08-errors.json'], () => {
  const objects = readExample('08-errors.json')['redemption_objects_failed_and_stacked'] as Record<
    string,
    unknown
  >;

  it.each(Object.entries(objects))('parses the recorded %s', (_, body) => {
    expect(redemptionSchema.safeParse(body).error).toBeUndefined();
  });

  it('parses a failed redemption with its failure code', () => {
    const parsed = redemptionSchema.parse(objects['GET /v1/redemptions/{redemptionId} 200 Failed Voucher']);
    expect(parsed).toMatchObject({
      id: 'rf_0c5bd3c15701c78243',
      result: 'FAILURE',
      failure_code: 'voucher_disabled',
    });
  });
});

describe('redemptionSchema', () => {
  it('rejects an unknown status', () => {
    expect(redemptionSchema.safeParse({ id: 'r_1', status: 'PENDING' }).error?.issues[0]?.path).toEqual([
      'status',
    ]);
  });
});
