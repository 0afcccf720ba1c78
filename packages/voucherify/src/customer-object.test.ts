import { describe, expect, it } from 'vitest';

import { customerObjectSchema } from './customer-object.js';
import { customerSchema } from './customer.js';
import { postExamples } from './test-support/spec-examples.js';

describe('customers upsert wire shapes', () => {
  const { requests, responses } = postExamples('/v1/customers');

  it.each(requests)('customerSchema accepts the spec request %s', (_, body) => {
    expect(customerSchema.safeParse(body).error).toBeUndefined();
  });

  it.each(responses)('customerObjectSchema parses the spec response %s', (_, body) => {
    const parsed = customerObjectSchema.parse(body);
    expect(parsed).toMatchObject({ object: 'customer', source_id: 'source_123' });
    expect(parsed['summary']).toBeDefined();
  });

  it('rejects an object that is not a customer', () => {
    expect(customerObjectSchema.safeParse({ id: 'cust_1', object: 'order' }).error?.issues[0]?.path).toEqual([
      'object',
    ]);
  });
});
