import { describe, expect, it } from 'vitest';

import { errorBodySchema } from './error-body.js';
import { describeWithReference, readExample } from './test-support/examples.js';

describeWithReference(
  'errorBodySchema on recorded errors',
  ['examples/04-validations-400-errors.json'],
  () => {
    const { responses } = readExample('04-validations-400-errors.json');

    it.each(Object.entries(responses as Record<string, unknown>))('parses the %s body', (_, body) => {
      expect(errorBodySchema.parse(body)).toMatchObject({ code: 400 });
    });
  },
);

describe('errorBodySchema', () => {
  it('parses the bare client-side 429 body', () => {
    const body = { code: 429, message: 'Too many requests hit the API too quickly.' };
    expect(errorBodySchema.parse(body)).toEqual(body);
  });

  it('rejects a body without code or message', () => {
    expect(errorBodySchema.safeParse({ key: 'not_found' }).success).toBe(false);
  });
});
