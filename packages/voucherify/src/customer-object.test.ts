import { describe, expect, it } from 'vitest';

import { customerObjectSchema } from './customer-object.js';
import { customerSchema } from './customer.js';
import { describeWithReference } from './test-support/examples.js';
import { postExamples } from './test-support/spec-examples.js';

describeWithReference('customers upsert wire shapes of the spec', ['readOnly-openAPI.json'], () => {
  const { requests, responses } = postExamples('/v1/customers');

  it.each(requests)('customerSchema accepts the spec request %s', (_, body) => {
    expect(customerSchema.safeParse(body).error).toBeUndefined();
  });

  it.each(responses)('customerObjectSchema parses the spec response %s', (_, body) => {
    const parsed = customerObjectSchema.parse(body);
    expect(parsed).toMatchObject({ object: 'customer', source_id: 'source_123' });
    expect(parsed['summary']).toBeDefined();
  });
});

describe('customers upsert wire shapes', () => {
  it('rejects an object that is not a customer', () => {
    expect(customerObjectSchema.safeParse({ id: 'cust_1', object: 'order' }).error?.issues[0]?.path).toEqual([
      'object',
    ]);
  });
});
