import { validateResponseSchema } from '@promokit/core';
import { afterAll, describe, expect, it } from 'vitest';

import { recordingEngine } from './test-support/recording-engine.js';
import { demoBff } from './testing.js';

// The demo engine behind a recording fetch: what the BFF sends upstream, in which order.
const engine = recordingEngine();
const bff = demoBff({ upstream: engine.upstream });
afterAll(() => {
  bff.close();
  engine.close();
});

const threeMugs = { lines: [{ productId: 'mug', quantity: 3 }] };

async function validate(codes: string[]) {
  engine.calls.length = 0;
  const response = await bff.app.request('/validate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cart: threeMugs, codes }),
  });
  expect(response.status).toBe(200);
  const validations = engine.calls
    .filter((call) => call.path === '/v1/validations')
    .map((call) => (call.body.redeemables as { id: string }[]).map((redeemable) => redeemable.id));
  return { body: validateResponseSchema.parse(await response.json()), validations };
}

describe('the order a stack goes upstream in', () => {
  it('is learnt once: item-level and free units before order-level percentages', async () => {
    const first = await validate(['WELCOME10']);
    // Sent as the shopper added them, then again once upstream said what each does.
    expect(first.validations).toHaveLength(2);
    expect(first.validations[1]?.at(-1)).toBe('WELCOME10');
    const again = await validate(['WELCOME10']);
    expect(again.validations).toEqual([first.validations[1]]);
    expect(again.body).toEqual(first.body);
  });

  it('takes a code that does not apply out, and validates the rest once more', async () => {
    const { body, validations } = await validate(['NOPE', 'WELCOME10']);
    expect(validations).toHaveLength(2);
    expect(validations[1]).not.toContain('NOPE');
    expect(body.rejected).toEqual([{ reason: 'not_found', code: 'NOPE' }]);
    expect(body.applied.map((item) => item.code)).toEqual(['WELCOME10']);
  });
});
