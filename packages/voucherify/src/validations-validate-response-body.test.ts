import { describe, expect, it } from 'vitest';

import { readExample, referenceMissing } from './test-support/examples.js';
import { validationsValidateResponseBodySchema } from './validations-validate-response-body.js';

describe('validationsValidateResponseBodySchema', () => {
  it.skipIf(referenceMissing('examples/02-validations-valid-5-redeemables.json'))(
    'parses the recorded valid response with five redeemables',
    () => {
      const { response } = readExample('02-validations-valid-5-redeemables.json');
      const parsed = validationsValidateResponseBodySchema.parse(response);
      expect(parsed.valid).toBe(true);
      expect(parsed.order?.total_amount).toBe(510);
      const [first] = parsed.redeemables;
      expect(first?.status === 'APPLICABLE' && first.result.discount?.type).toBe('AMOUNT');
    },
  );

  it.skipIf(referenceMissing('examples/03-validations-invalid.json'))(
    'parses the recorded invalid response: unknown code and skipped tier',
    () => {
      const { response } = readExample('03-validations-invalid.json');
      const parsed = validationsValidateResponseBodySchema.parse(response);
      expect(parsed.valid).toBe(false);
      const [unknown, skipped] = parsed.redeemables;
      expect(unknown?.status === 'INAPPLICABLE' && unknown.result.error?.key).toBe('not_found');
      expect(skipped?.status).toBe('SKIPPED');
    },
  );

  it.skipIf(referenceMissing('examples/02-validations-valid-5-redeemables.json'))(
    'keeps fields Voucherify adds later',
    () => {
      const { response } = readExample('02-validations-valid-5-redeemables.json');
      const parsed = validationsValidateResponseBodySchema.parse(response);
      expect(parsed.stacking_rules['grouped_redeemables_sorting_rule']).toBe('JOINT_ALWAYS_LAST');
      expect(validationsValidateResponseBodySchema.parse({ ...parsed, brand_new: 1 })).toMatchObject({
        brand_new: 1,
      });
    },
  );

  it('requires valid, redeemables and stacking_rules', () => {
    const result = validationsValidateResponseBodySchema.safeParse({});
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([
      'valid',
      'redeemables',
      'stacking_rules',
    ]);
  });
});
