import {
  qualificationsResponseSchema,
  redeemResponseSchema,
  validateResponseSchema,
  type ValidateResponse,
} from '@promokit/core';
import { afterEach, describe, expect, it } from 'vitest';

import type { BffOptions } from './create-bff.js';
import { type SlowEngine, slowEngine } from './test-support/slow-engine.js';
import { type DemoBff, demoBff } from './testing.js';
import { voucherifyUpstream } from './upstream.js';

const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

let engine: SlowEngine | undefined;
let bff: DemoBff | undefined;
afterEach(async () => {
  bff?.close();
  await engine?.close();
  bff = engine = undefined;
});

/** The demo BFF over the slow engine, over real HTTP; a circuit that opens after 2 failures. */
async function bffOverSlowEngine(delayOf: SlowEngine['delayOf'], options: Partial<BffOptions> = {}) {
  engine = await slowEngine(delayOf);
  const upstream = voucherifyUpstream({
    baseUrl: engine.url,
    appId: engine.appId,
    appToken: engine.appToken,
  });
  bff = demoBff({ upstream, circuitBreaker: { failureThreshold: 2, cooldownMs: 60_000 }, ...options });
  return { engine, app: bff.app };
}

function post(app: DemoBff['app'], route: string, body: unknown, cookie = '') {
  return app.request(`/${route}`, { method: 'POST', headers: { cookie }, body: JSON.stringify(body) });
}

async function validate(app: DemoBff['app'], codes = ['WELCOME10']): Promise<ValidateResponse> {
  const response = await post(app, 'validate', { cart, codes });
  expect(response.status).toBe(200);
  return validateResponseSchema.parse(await response.json());
}

const applied = (result: ValidateResponse) => result.applied.some((item) => item.code === 'WELCOME10');
const unavailable = (result: ValidateResponse) =>
  result.rejected.some((item) => item.reason === 'promotions_unavailable');

describe('a busy upstream is not a broken one', () => {
  it('keeps the circuit closed while a slow upstream answers under concurrent load, so later shoppers get their discounts', async () => {
    // Every other request takes 1.5 s, three times the budget: under load, some shoppers wait
    // past their budget while the upstream keeps answering the others.
    const { engine, app } = await bffOverSlowEngine(({ index }) => (index % 2 ? 1500 : 0), {
      upstreamBudgetMs: { validate: 500 },
    });
    const results: ValidateResponse[] = [];
    for (let round = 0; round < 2; round++)
      results.push(...(await Promise.all(Array.from({ length: 20 }, () => validate(app)))));
    // Both happened: shoppers past their budget were told promotions are unavailable, the others
    // got the discount.
    expect(results.filter(unavailable).length).toBeGreaterThan(2);
    expect(results.filter(applied).length).toBeGreaterThan(0);

    engine.delayOf = () => 0;
    const before = engine.received.length;
    for (let shopper = 0; shopper < 5; shopper++) expect(applied(await validate(app))).toBe(true);
    expect(engine.received.length).toBeGreaterThan(before);
  }, 20_000);

  it('answers qualifications without offers past their budget, and lets the calls finish without opening the circuit', async () => {
    const { engine, app } = await bffOverSlowEngine(() => 2000, {
      upstreamBudgetMs: { qualifications: 300 },
    });
    const qualify = async () => {
      const started = performance.now();
      const response = await post(app, 'qualifications', { stage: 'cart', cart });
      expect(response.status).toBe(200);
      return {
        ...qualificationsResponseSchema.parse(await response.json()),
        ms: performance.now() - started,
      };
    };
    // Every qualification takes 2 s and nothing else is asked meanwhile: only the late answers,
    // still awaited after each page got its (empty) one, show the upstream is up.
    for (let page = 0; page < 3; page++) {
      const answer = await qualify();
      expect(answer.offers).toEqual([]);
      expect(answer.ms).toBeLessThan(1500);
    }
    await expect.poll(() => engine.received.length, { timeout: 5000 }).toBe(3);
    engine.delayOf = () => 0;
    // The late answers arrive about 2 s after their request; then the upstream is known up.
    await expect
      .poll(async () => (await qualify()).offers.length, { timeout: 6000, interval: 200 })
      .toBeGreaterThan(0);
  }, 20_000);

  it('waits for a slow redemption that a validation would not wait for', async () => {
    // Default budgets; POST /v1/redemptions takes 3 s, longer than a validation may.
    const slow = (path: string) => (path === '/v1/redemptions' ? 3000 : 0);
    const { engine, app } = await bffOverSlowEngine(({ path }) => slow(path), { circuitBreaker: {} });
    const session = await post(app, 'session', { persona: 'returning-customer' });
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const response = await post(app, 'redeem', { orderId: 'order-slow', cart, codes: ['WELCOME10'] }, cookie);
    expect(redeemResponseSchema.parse(await response.json())).toMatchObject({
      status: 'redeemed',
      orderId: 'order-slow',
      applied: [{ code: 'WELCOME10' }],
    });
    expect(engine.received.filter((request) => request.path === '/v1/redemptions')).toHaveLength(1);

    // The same 3 s on a validation is past its budget: the shopper hears within 3 s.
    engine.delayOf = ({ path }) => (path === '/v1/validations' ? 3000 : 0);
    const started = performance.now();
    expect(unavailable(await validate(app))).toBe(true);
    expect(performance.now() - started).toBeLessThan(3000);
  }, 20_000);
  it('a redeem whose validation runs past its budget books nothing and says rejected, never redeemed at full price', async () => {
    const { engine, app } = await bffOverSlowEngine(() => 0, {
      upstreamBudgetMs: { redeem: 500 },
      circuitBreaker: {},
    });
    const shown = await validate(app);
    expect(applied(shown)).toBe(true);
    // At checkout, the engine is busy: the redeem's validation takes longer than the redeem may.
    engine.delayOf = ({ path }) => (path === '/v1/validations' ? 1500 : 0);
    const order = { orderId: 'order-busy', cart, codes: ['WELCOME10'] };
    const answer = redeemResponseSchema.parse(await (await post(app, 'redeem', order)).json());
    // Promotions were unavailable before anything was sent: the README's `rejected`, which the
    // storefront shows and places again; `redeemed` would have it charge the full price for good.
    expect(answer).toMatchObject({
      status: 'rejected',
      rejected: [{ reason: 'promotions_unavailable', code: 'WELCOME10' }],
    });
    expect(engine.received.filter((request) => request.path === '/v1/redemptions')).toHaveLength(0);
    // Once the engine is fast again, the same order is redeemed with the discount shown.
    engine.delayOf = () => 0;
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const again = redeemResponseSchema.parse(await (await post(app, 'redeem', order)).json());
    expect(again).toMatchObject({
      status: 'redeemed',
      applied: [{ code: 'WELCOME10' }],
      totals: shown.totals,
    });
  }, 20_000);

  it('a redeem during an outage goes on at the full price its shopper was shown, booking nothing', async () => {
    const { engine, app } = await bffOverSlowEngine(() => 0, {
      upstreamBudgetMs: { validate: 500, redeem: 500 },
      circuitBreaker: {},
    });
    engine.delayOf = ({ path }) => (path === '/v1/validations' ? 1500 : 0);
    // Checkout shows the full price, the code not applied, and the shopper places the order at it.
    const shown = await validate(app);
    expect(applied(shown)).toBe(false);
    const order = { orderId: 'order-outage', cart, codes: ['WELCOME10'], expectedDue: shown.totals.due };
    const answer = redeemResponseSchema.parse(await (await post(app, 'redeem', order)).json());
    expect(answer).toMatchObject({
      status: 'redeemed',
      applied: [],
      rejected: [{ reason: 'promotions_unavailable', code: 'WELCOME10' }],
      totals: shown.totals,
    });
    expect(engine.received.filter((request) => request.path === '/v1/redemptions')).toHaveLength(0);
  }, 20_000);
});
