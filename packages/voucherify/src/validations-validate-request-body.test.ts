import { describe, expect, it } from 'vitest';

import { readExample, referenceMissing } from './test-support/examples.js';
import { validationsValidateRequestBodySchema } from './validations-validate-request-body.js';

describe('validationsValidateRequestBodySchema', () => {
  it.skipIf(referenceMissing('examples/02-validations-valid-5-redeemables.json'))(
    'parses the recorded five-redeemable request',
    () => {
      const { request } = readExample('02-validations-valid-5-redeemables.json');
      const parsed = validationsValidateRequestBodySchema.parse(request);
      expect(parsed.redeemables.map((r) => r.object)).toEqual([
        'voucher',
        'voucher',
        'voucher',
        'promotion_tier',
        'promotion_tier',
      ]);
      expect(parsed.session?.type).toBe('LOCK');
    },
  );

  it.each([
    ['no redeemables', { redeemables: [] }, ['redeemables']],
    [
      '31 redeemables',
      { redeemables: Array.from({ length: 31 }, (_, i) => ({ object: 'voucher', id: `C${i}` })) },
      ['redeemables'],
    ],
    [
      'a redeemable without id',
      { redeemables: [{ object: 'voucher', id: 'A' }, { object: 'voucher' }] },
      ['redeemables', 1, 'id'],
    ],
    [
      'an unknown redeemable object',
      { redeemables: [{ object: 'coupon', id: 'A' }] },
      ['redeemables', 0, 'object'],
    ],
    [
      'a fractional amount',
      { redeemables: [{ object: 'voucher', id: 'A' }], order: { amount: 10.5 } },
      ['order', 'amount'],
    ],
    [
      'a negative price',
      { redeemables: [{ object: 'voucher', id: 'A' }], order: { items: [{ price: -1 }] } },
      ['order', 'items', 0, 'price'],
    ],
  ])('rejects %s', (_, body, path) => {
    const result = validationsValidateRequestBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
