import { describe, expect, it } from 'vitest';

import { redemptionsRedeemResponseBodySchema } from './redemptions-redeem-response-body.js';
import { readExample, referenceMissing } from './test-support/examples.js';

describe('redemptionsRedeemResponseBodySchema', () => {
  it.skipIf(referenceMissing('examples/05-redemptions-stackable.json'))(
    'parses the recorded stacked redemption: children, parent and order',
    () => {
      const { response } = readExample('05-redemptions-stackable.json');
      const parsed = redemptionsRedeemResponseBodySchema.parse(response);
      const parentId = parsed.parent_redemption?.id;
      expect(parentId).toBe('r_iElJ2dgR8F391krF8DyBWB8v');
      expect(parsed.redemptions.map((redemption) => redemption.redemption)).toEqual([
        parentId,
        parentId,
        parentId,
      ]);
      expect(parsed.redemptions[0]?.amount).toBe(100);
      expect(parsed.order?.redemptions?.[parentId ?? '']?.stacked).toHaveLength(3);
      expect(parsed.order?.total_amount).toBe(151920);
    },
  );

  it('requires redemptions', () => {
    expect(redemptionsRedeemResponseBodySchema.safeParse({}).error?.issues[0]?.path).toEqual(['redemptions']);
  });
});
