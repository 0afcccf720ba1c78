import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { errorBodySchema, validateResponseSchema } from '@promokit/core';
import { demoSeed, openEngine, serveEngine } from '@promokit/engine';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';

import { jsonCatalog } from './catalog.js';
import { type BffOptions, createBff } from './create-bff.js';
import { freePort } from './test-support/free-port.js';
import { type MisbehavingUpstream, misbehavingUpstream } from './test-support/misbehaving-upstream.js';
import { voucherifyUpstream } from './upstream.js';

const catalog = jsonCatalog('USD', [{ id: 'mug', name: 'Mug', price: 2500 }]);
const body = JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 2 }] }, codes: ['WELCOME10'] });
const unavailable = {
  applied: [],
  promotions: [],
  rejected: [{ reason: 'promotions_unavailable', code: 'WELCOME10' }],
  totals: {
    currency: 'USD',
    subtotal: 5000,
    shipping: 0,
    discount: 0,
    shippingDiscount: 0,
    total: 5000,
    paid: [],
    due: 5000,
  },
};

let server: MisbehavingUpstream | undefined;
afterEach(() => server?.close());

function bffOn(baseUrl: string, timeoutMs?: number, options: Partial<BffOptions> = {}) {
  return createBff({
    upstream: voucherifyUpstream({ baseUrl, appId: 'a', appToken: 't', ...(timeoutMs ? { timeoutMs } : {}) }),
    catalog,
    currency: 'USD',
    logger: pino({ level: 'silent' }),
    circuitBreaker: { failureThreshold: 2, cooldownMs: 60_000 },
    ...options,
  });
}

async function validate(app: ReturnType<typeof createBff>) {
  const response = await app.request('/validate', { method: 'POST', body });
  expect(response.status).toBe(200);
  return validateResponseSchema.parse(await response.json());
}

describe('with the upstream failing, checkout goes on without discounts', () => {
  it('answers promotions_unavailable within 3 s when the upstream hangs (default budget)', async () => {
    server = await misbehavingUpstream(() => {});
    const started = performance.now();
    expect(await validate(bffOn(server.url))).toEqual(unavailable);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('answers promotions_unavailable on a 500', async () => {
    server = await misbehavingUpstream((_, response) =>
      response.writeHead(500).end('{"code":500,"message":"boom"}'),
    );
    expect(await validate(bffOn(server.url))).toEqual(unavailable);
  });

  it('answers promotions_unavailable when the connection is refused', async () => {
    expect(await validate(bffOn(`http://127.0.0.1:${await freePort()}`))).toEqual(unavailable);
  });

  it('honours a 429 Retry-After: no further upstream call until it passes', async () => {
    server = await misbehavingUpstream((_, response) =>
      response.writeHead(429, { 'retry-after': '120' }).end('{"code":429,"message":"Too many requests"}'),
    );
    const app = bffOn(server.url);
    expect(await validate(app)).toEqual(unavailable);
    expect(await validate(app)).toEqual(unavailable);
    expect(server.hits).toBe(1);
  });

  it('opens the circuit after repeated outages and stops waiting on the upstream', async () => {
    server = await misbehavingUpstream(() => {});
    const app = bffOn(server.url, 200);
    await validate(app);
    await validate(app);
    expect(server.hits).toBe(2);
    expect(await validate(app)).toEqual(unavailable);
    expect(server.hits).toBe(2);
  });

  it('does not treat a request fault (400) as an outage', async () => {
    server = await misbehavingUpstream((_, response) =>
      response.writeHead(400).end('{"code":400,"key":"invalid_payload","message":"Invalid payload"}'),
    );
    const response = await bffOn(server.url).request('/validate', { method: 'POST', body });
    expect(response.status).toBe(500);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('server');
  });
});

describe('failures open the circuit; each shopper waits no longer than the budget', () => {
  // With a circuit that opens after 2 failures, a validation makes two upstream calls (the
  // automatic tiers, then the codes): once the circuit is open, the second validation does not
  // reach the upstream.
  it.each([
    ['answers 500', (_: IncomingMessage, response: ServerResponse) => response.writeHead(500).end('{}')],
    ['answers 503', (_: IncomingMessage, response: ServerResponse) => response.writeHead(503).end()],
    ['resets the connection', (request: IncomingMessage) => request.socket.destroy()],
  ])('opens when the upstream %s', async (_, behave) => {
    server = await misbehavingUpstream(behave);
    const app = bffOn(server.url);
    for (let shopper = 0; shopper < 3; shopper++) expect(await validate(app)).toEqual(unavailable);
    expect(server.hits).toBe(2);
  });

  it('opens when connections are refused', async () => {
    const port = await freePort();
    const app = bffOn(`http://127.0.0.1:${port}`);
    expect(await validate(app)).toEqual(unavailable);
    // Now something listens there: an open circuit does not call it.
    server = await misbehavingUpstream((_, response) => response.writeHead(500).end('{}'), port);
    expect(await validate(app)).toEqual(unavailable);
    expect(server.hits).toBe(0);
  });

  it('lets shoppers have their discounts again about a second after the upstream is back (default settings)', async () => {
    const port = await freePort();
    const app = bffOn(`http://127.0.0.1:${port}`, undefined, { circuitBreaker: {} });
    // Five refused calls open the circuit: the first validation's tier lookup and codes, then the codes alone.
    for (let shopper = 0; shopper < 4; shopper++) expect(await validate(app)).toEqual(unavailable);

    const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-recovery-'));
    const engine = openEngine({ file: join(dir, 'engine.sqlite'), seed: demoSeed() });
    const served = await serveEngine({ engine, port, appId: 'a', appToken: 't' });
    try {
      // Open: nobody waits on the upstream, not even now that it is back.
      expect(await validate(app)).toEqual(unavailable);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      // A probe goes, is answered, and closes the circuit: the code applies again.
      expect((await validate(app)).applied.map((item) => item.code)).toEqual(['WELCOME10']);
    } finally {
      await served.close();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the automatic promotions again as soon as the upstream is back, not a higher total without them', async () => {
    const port = await freePort();
    const app = bffOn(`http://127.0.0.1:${port}`, undefined, { circuitBreaker: {} });
    const threeMugs = JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 3 }] }, codes: [] });
    const ask = async () =>
      validateResponseSchema.parse(
        await (await app.request('/validate', { method: 'POST', body: threeMugs })).json(),
      );
    // The tier lookup fails while nothing listens, then the circuit opens.
    for (let shopper = 0; shopper < 6; shopper++) await ask();

    const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-tiers-back-'));
    const engine = openEngine({ file: join(dir, 'engine.sqlite'), seed: demoSeed() });
    const served = await serveEngine({ engine, port, appId: 'a', appToken: 't' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const back = await ask();
      expect(back.promotions.map((promotion) => promotion.label)).toContain('Buy 2 mugs, get 1 free');
      expect(back.totals.discount).toBeGreaterThan(0);
    } finally {
      await served.close();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detects a hung upstream from calls that ran out of budget while nothing was answered', async () => {
    server = await misbehavingUpstream(() => {});
    const app = bffOn(server.url, undefined, { upstreamBudgetMs: { validate: 300 } });
    for (let shopper = 0; shopper < 3; shopper++) {
      const started = performance.now();
      expect(await validate(app)).toEqual(unavailable);
      expect(performance.now() - started).toBeLessThan(3000);
    }
    expect(server.hits).toBe(2);
  });
});

it('keeps each request to its budget through garbage collection', async () => {
  // Node collects an AbortSignal.timeout that nothing but an AbortSignal.any holds, and then it
  // never fires: the request would wait for the client's own timeout instead.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  server = await misbehavingUpstream(() => {});
  const app = bffOn(server.url, undefined, { upstreamBudgetMs: 300 });
  const started = performance.now();
  const answer = validate(app);
  for (let sweep = 0; sweep < 5; sweep++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
  }
  expect(await answer).toEqual(unavailable);
  expect(performance.now() - started).toBeLessThan(3000);
}, 15_000);
