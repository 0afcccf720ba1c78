import { describe, expect, it } from 'vitest';

import { qualificationsCheckEligibilityResponseBodySchema } from './qualifications-check-eligibility-response-body.js';
import { describeWithReference, readExample, referenceMissing } from './test-support/examples.js';
import { postExamples } from './test-support/spec-examples.js';

describe('qualificationsCheckEligibilityResponseBodySchema', () => {
  it.skipIf(referenceMissing('examples/01-qualifications.json'))(
    'parses the recorded response with a bundle in progress',
    () => {
      const { response } = readExample('01-qualifications.json');
      const parsed = qualificationsCheckEligibilityResponseBodySchema.parse(response);
      const [first] = parsed.redeemables.data;
      expect(first).toMatchObject({ id: 'BUNDLE-PROD-1c', object: 'voucher' });
      expect(first?.result?.bundle?.quantity).toBe(0);
      expect(first?.result?.bundle?.missing).toHaveLength(2);
      expect(parsed.redeemables).toMatchObject({
        has_more: true,
        more_starting_after: '2025-03-26T11:00:17.987Z',
      });
      expect(parsed.stacking_rules?.redeemables_application_mode).toBe('PARTIAL');
    },
  );

  describeWithReference('on the spec examples', ['readOnly-openAPI.json'], () => {
    it.each(postExamples('/v1/qualifications').responses)('parses the spec example %s', (_, body) => {
      expect(qualificationsCheckEligibilityResponseBodySchema.safeParse(body).error).toBeUndefined();
    });
  });

  it('carries the PromoKit missing amount of an offer', () => {
    const parsed = qualificationsCheckEligibilityResponseBodySchema.parse({
      redeemables: {
        data: [{ id: 'WELCOME10', object: 'voucher', result: { promokit: { missing_amount: 1200 } } }],
      },
    });
    expect(parsed.redeemables.data[0]?.result?.promokit?.missing_amount).toBe(1200);
  });

  it('requires the redeemables list', () => {
    const result = qualificationsCheckEligibilityResponseBodySchema.safeParse({ tracking_id: 'track_x' });
    expect(result.error?.issues[0]?.path).toEqual(['redeemables']);
  });
});
