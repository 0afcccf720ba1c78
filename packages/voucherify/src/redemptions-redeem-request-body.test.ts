import { describe, expect, it } from 'vitest';

import { redemptionsRedeemRequestBodySchema } from './redemptions-redeem-request-body.js';
import { describeWithReference, readExample, referenceMissing } from './test-support/examples.js';
import { postExamples } from './test-support/spec-examples.js';

describe('redemptionsRedeemRequestBodySchema', () => {
  it.skipIf(referenceMissing('examples/05-redemptions-stackable.json'))(
    'parses the recorded stacked request with gift credits and a promotion tier',
    () => {
      const { request } = readExample('05-redemptions-stackable.json');
      const parsed = redemptionsRedeemRequestBodySchema.parse(request);
      expect(parsed.redeemables).toEqual([
        { object: 'voucher', id: 'dBj56oqJ', gift: { credits: 100 } },
        { object: 'voucher', id: '39vnjyS8' },
        { object: 'promotion_tier', id: 'promo_wtS1aPOs3k2majiBJv3yfbSM' },
      ]);
    },
  );

  describeWithReference('on the spec examples', ['readOnly-openAPI.json'], () => {
    it.each(postExamples('/v1/redemptions').requests)('parses the spec example %s', (_, body) => {
      expect(redemptionsRedeemRequestBodySchema.safeParse(body).error).toBeUndefined();
    });
  });

  it.each([
    ['no redeemables', { redeemables: [] }, ['redeemables']],
    [
      'negative gift credits',
      { redeemables: [{ object: 'voucher', id: 'G', gift: { credits: -1 } }] },
      ['redeemables', 0, 'gift', 'credits'],
    ],
    [
      'an unknown expansion',
      { redeemables: [{ object: 'voucher', id: 'A' }], options: { expand: ['all'] } },
      ['options', 'expand', 0],
    ],
  ])('rejects %s', (_, body, path) => {
    expect(redemptionsRedeemRequestBodySchema.safeParse(body).error?.issues[0]?.path).toEqual(path);
  });
});
