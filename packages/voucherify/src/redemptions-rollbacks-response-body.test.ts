import { expect, it } from 'vitest';

import { errorBodySchema } from './error-body.js';
import { redemptionsRollbackRequestBodySchema } from './redemptions-rollback-request-body.js';
import { redemptionsRollbacksResponseBodySchema } from './redemptions-rollbacks-response-body.js';
import { describeWithReference, readExample } from './test-support/examples.js';

describeWithReference(
  'redemptionsRollbacksResponseBodySchema',
  ['examples/07-redemptions-rollbacks-stackable.json'],
  () => {
    const example = readExample('07-redemptions-rollbacks-stackable.json');

    it('parses the recorded stacked rollback', () => {
      const parsed = redemptionsRollbacksResponseBodySchema.parse(example['response']);
      expect(parsed.rollbacks.map((rollback) => rollback.amount ?? 0)).toEqual([-20, 0]);
      expect(parsed.parent_rollback?.redemption).toBe('r_5J38i6KjSnkHYw3bwLB4v72j');
      expect(parsed.order?.status).toBe('CANCELED');
      expect(parsed.order?.redemptions?.['r_5J38i6KjSnkHYw3bwLB4v72j']?.rollback_stacked).toHaveLength(2);
    });

    it('accepts the recorded request body', () => {
      expect(redemptionsRollbackRequestBodySchema.safeParse(example['request']).error).toBeUndefined();
    });

    it.each(Object.entries(example['error_responses_400'] as Record<string, unknown>))(
      'parses the recorded %s error',
      (_, body) => {
        expect(errorBodySchema.parse(body).code).toBe(400);
      },
    );
  },
);
