import { qualificationsResponseSchema, validateResponseSchema } from '@promokit/core';
import { afterEach, describe, expect, it } from 'vitest';

import { type SlowEngine, slowEngine } from './test-support/slow-engine.js';
import { type DemoBff, demoBff } from './testing.js';
import { voucherifyUpstream } from './upstream.js';

let engine: SlowEngine | undefined;
let bff: DemoBff | undefined;
afterEach(async () => {
  bff?.close();
  await engine?.close();
  bff = engine = undefined;
});

async function post(route: string, body: unknown) {
  const response = await bff!.app.request(`/${route}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.json();
}

const qualificationsSent = () =>
  engine!.received.filter((entry) => entry.method === 'POST' && entry.path === '/v1/qualifications').length;

describe('automatic tiers', () => {
  it('validates a cart with the tiers its qualification just found, without asking upstream again', async () => {
    engine = await slowEngine(() => 0);
    bff = demoBff({
      upstream: voucherifyUpstream({ baseUrl: engine.url, appId: engine.appId, appToken: engine.appToken }),
    });
    // Three totes qualify for the demo's automatic promotions.
    const cart = { lines: [{ productId: 'tote', quantity: 3 }] };
    const offers = qualificationsResponseSchema.parse(await post('qualifications', { stage: 'cart', cart }));
    const tiers = offers.offers.filter((offer) => offer.code === undefined && offer.qualifies);
    expect(tiers.length).toBeGreaterThan(0);
    expect(qualificationsSent()).toBe(1);

    const validated = validateResponseSchema.parse(await post('validate', { cart, codes: [] }));
    expect(validated.promotions.map((promotion) => promotion.id).sort()).toEqual(
      tiers.map((tier) => tier.id).sort(),
    );
    expect(qualificationsSent()).toBe(1);

    // Another cart is another question.
    await post('validate', { cart: { lines: [{ productId: 'tote', quantity: 4 }] }, codes: [] });
    expect(qualificationsSent()).toBe(2);
  });
});
