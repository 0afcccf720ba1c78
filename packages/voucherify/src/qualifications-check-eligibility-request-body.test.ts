import { describe, expect, it } from 'vitest';

import { qualificationsCheckEligibilityRequestBodySchema } from './qualifications-check-eligibility-request-body.js';
import { describeWithReference, readExample, referenceMissing } from './test-support/examples.js';
import { postExamples } from './test-support/spec-examples.js';

describe('qualificationsCheckEligibilityRequestBodySchema', () => {
  it.skipIf(referenceMissing('examples/01-qualifications.json'))('parses the recorded request', () => {
    const { request } = readExample('01-qualifications.json');
    expect(qualificationsCheckEligibilityRequestBodySchema.parse(request)).toEqual({
      scenario: 'ALL',
      options: { limit: 10, expand: ['redeemable'], sorting_rule: 'DEFAULT' },
    });
  });

  describeWithReference('on the spec examples', ['readOnly-openAPI.json'], () => {
    it.each(postExamples('/v1/qualifications').requests)('parses the spec example %s', (_, body) => {
      expect(qualificationsCheckEligibilityRequestBodySchema.safeParse(body).error).toBeUndefined();
    });
  });

  it('parses filters by campaign type and resource type', () => {
    const parsed = qualificationsCheckEligibilityRequestBodySchema.parse({
      scenario: 'CUSTOMER_WALLET',
      customer: { source_id: 'ada' },
      options: {
        filters: {
          junction: 'and',
          campaign_type: { conditions: { $in: ['GIFT_VOUCHERS', 'LOYALTY_PROGRAM'] } },
          resource_type: { conditions: { $is: ['voucher'] } },
          campaign_id: { conditions: { $not_in: ['camp_a'] } },
        },
        starting_after: '2025-03-26T11:00:17.987Z',
      },
    });
    expect(parsed.options?.filters?.campaign_type?.conditions?.$in).toEqual([
      'GIFT_VOUCHERS',
      'LOYALTY_PROGRAM',
    ]);
  });

  it.each([
    ['a limit above 50', { options: { limit: 51 } }, ['options', 'limit']],
    ['an unknown scenario', { scenario: 'EVERYTHING' }, ['scenario']],
    ['an unknown sorting rule', { options: { sorting_rule: 'CHEAPEST' } }, ['options', 'sorting_rule']],
    ['a cursor that is not a date', { options: { starting_after: 'page-2' } }, ['options', 'starting_after']],
    [
      'an unknown campaign type',
      { options: { filters: { campaign_type: { conditions: { $is: ['COUPONS'] } } } } },
      ['options', 'filters', 'campaign_type', 'conditions', '$is', 0],
    ],
  ])('rejects %s', (_, body, path) => {
    const result = qualificationsCheckEligibilityRequestBodySchema.safeParse(body);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
