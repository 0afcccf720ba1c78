import { errorBodySchema, responseSchemas, type RouteName } from '@promokit/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { demoBff } from './testing.js';

const bff = demoBff({ attempts: { perSession: 1e9, perIp: 1e9 } });
afterAll(() => bff.close());

const routes = Object.keys(responseSchemas) as RouteName[];
const products = ['mug', 'tote', 'cap', 'ghost', '', 'x'.repeat(200)];

/** Bodies near the contract's shape, where mistakes in handling hide. */
const nearContract = fc.record(
  {
    stage: fc.oneof(fc.constantFrom('listing', 'product', 'cart', 'checkout'), fc.string()),
    cart: fc.oneof(
      fc.record({
        lines: fc.array(
          fc.record({
            productId: fc.oneof(fc.constantFrom(...products), fc.string()),
            quantity: fc.oneof(fc.integer({ min: -2, max: 1200 }), fc.double(), fc.string()),
            price: fc.integer(),
          }),
          { maxLength: 5 },
        ),
      }),
      fc.jsonValue(),
    ),
    codes: fc.array(
      fc.oneof(
        fc.constantFrom('WELCOME10', 'SAVE5', 'BIG25', 'NOPE', ' welcome10 ', ''),
        fc.string(),
        fc.record(
          { code: fc.string(), amount: fc.integer(), points: fc.integer() },
          { requiredKeys: ['code'] },
        ),
        fc.jsonValue(),
      ),
      { maxLength: 6 },
    ),
    orderId: fc.oneof(fc.string(), fc.integer()),
    reason: fc.string(),
    event: fc.string(),
    metadata: fc.jsonValue(),
    customer: fc.record({ source_id: fc.string() }),
  },
  { requiredKeys: [] },
);

const bodies = fc.oneof(
  nearContract.map((body) => JSON.stringify(body)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
);

describe.each(routes)('POST /%s under fuzzing', (route) => {
  it('never answers 5xx, and every answer is a contract response or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await bff.app.request(`/${route}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(response.status).toBeLessThan(500);
        const json: unknown = await response.json();
        if (response.ok) responseSchemas[route].parse(json);
        else errorBodySchema.parse(json);
      }),
      { numRuns: 150 },
    );
  });
});
