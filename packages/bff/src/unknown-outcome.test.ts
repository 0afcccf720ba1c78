import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import { type RedeemResponse, redeemResponseSchema, validateResponseSchema } from '@promokit/core';
import {
  type Engine,
  type EngineServer,
  demoSeedPath,
  loadSeedFile,
  openEngine,
  serveEngine,
} from '@promokit/engine';
import BetterSqlite3 from 'better-sqlite3';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { jsonCatalog } from './catalog.js';
import { cookieSession } from './cookie-session.js';
import { type BffOptions, createBff } from './create-bff.js';
import catalog from './demo-catalog.json' with { type: 'json' };
import { DEMO_PERSONAS } from './demo-personas.js';
import { redisStore } from './redis-store.js';
import type { BffStore } from './store.js';
import { type FaultProxy, faultProxy } from './test-support/fault-proxy.js';
import { type RunningRedis, startRedis } from './test-support/start-redis.js';
import { DEMO_SESSION_SECRET } from './testing.js';
import { voucherifyUpstream } from './upstream.js';

const credentials = { appId: 'faults', appToken: 'faults-token' };

/** The demo engine on its own SQLite file, served over HTTP, behind a proxy that misbehaves on redemptions. */
interface Upstream {
  engine: Engine;
  server: EngineServer;
  proxy: FaultProxy;
  file: string;
  dir: string;
}

/** A BFF instance served over HTTP on a free port. */
interface Instance {
  post(route: string, body: unknown, cookie?: string): Promise<Response>;
  close(): Promise<void>;
}

let redisServer: RunningRedis;
let redis: Redis;
const opened: { close(): Promise<void> | void }[] = [];

beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis({ port: redisServer.port, host: '127.0.0.1', lazyConnect: true });
  await redis.connect();
});
afterAll(async () => {
  redis.disconnect();
  await redisServer.stop();
});
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

async function startUpstream(): Promise<Upstream> {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-faults-'));
  const file = join(dir, 'engine.sqlite');
  const engine = openEngine({ file, seed: loadSeedFile(demoSeedPath) });
  const server = await serveEngine({ engine, port: 0, ...credentials });
  const proxy = await faultProxy(server.url);
  const upstream = { engine, server, proxy, file, dir };
  opened.push({
    async close() {
      await proxy.close();
      await server.close();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
  return upstream;
}

/** A BFF over `upstream`'s proxy, with the demo catalog and personas, sharing `store`. */
async function startBff(upstream: Upstream, store: BffStore, options: Partial<BffOptions> = {}) {
  const app = createBff({
    upstream: voucherifyUpstream({ baseUrl: upstream.proxy.url, ...credentials }),
    catalog: jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }),
    currency: catalog.currency,
    caseSensitiveCodes: false,
    session: cookieSession({ secret: DEMO_SESSION_SECRET, personas: DEMO_PERSONAS, secure: false }),
    logger: pino({ level: 'silent' }),
    store,
    ...options,
  });
  const { url, server } = await new Promise<{ url: string; server: ReturnType<typeof serve> }>((resolve) => {
    const running = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, server: running }),
    );
  });
  let closed: Promise<void> | undefined;
  const instance: Instance = {
    post: (route, body, cookie = '') =>
      fetch(`${url}/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      }),
    close: () =>
      (closed ??= new Promise<void>((done) => {
        server.close(() => done());
        if ('closeAllConnections' in server) server.closeAllConnections();
      })),
  };
  opened.push({ close: () => instance.close() });
  return instance;
}

const sharedStore = () => redisStore(redis, { prefix: `pk-faults-${crypto.randomUUID()}:` });

async function signIn(bff: Instance, persona = 'returning-customer'): Promise<string> {
  const response = await bff.post('session', { persona });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function redeem(bff: Instance, body: unknown, cookie: string): Promise<RedeemResponse> {
  const response = await bff.post('redeem', body, cookie);
  expect(response.status).toBe(200);
  return redeemResponseSchema.parse(await response.json());
}

/** The parent redemptions the engine's database holds for a storefront order id, by status. */
function redemptionsOf(upstream: Upstream, orderId: string): { succeeded: number; rolledBack: number } {
  const db = new BetterSqlite3(upstream.file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT r.status, COUNT(*) AS n FROM redemptions r JOIN orders o ON o.id = r.order_id
         WHERE o.source_id = ? AND r.parent_id IS NULL AND r.result = 'SUCCESS' GROUP BY r.status`,
      )
      .all(orderId) as { status: string; n: number }[];
    const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
    return { succeeded: count('SUCCEEDED'), rolledBack: count('ROLLED_BACK') };
  } finally {
    db.close();
  }
}

/** Uses of a code of the demo seed that the engine counts as redeemed. */
function usesOf(upstream: Upstream, code: string): number {
  const voucher = (loadSeedFile(demoSeedPath).campaigns ?? [])
    .flatMap((campaign) => ('vouchers' in campaign ? (campaign.vouchers ?? []) : []))
    .find((item) => item.code === code);
  const db = new BetterSqlite3(upstream.file, { readonly: true });
  try {
    return db
      .prepare('SELECT redeemed_quantity FROM redeemable_states WHERE id = ?')
      .pluck()
      .get(voucher?.id) as number;
  } finally {
    db.close();
  }
}

const rainShell = { lines: [{ productId: 'rain-shell', quantity: 1 }] };

describe('a redemption whose answer is lost is never told as rejected, and is booked once', () => {
  it('the slow engine of the report: unknown after the budget, then redeemed on retry, one redemption', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore());
    const cookie = await signIn(bff);
    const order = { orderId: 'o-1', cart: rainShell, codes: ['SAVE5'] };
    const shown = validateResponseSchema.parse(
      await (await bff.post('validate', { cart: rainShell, codes: ['SAVE5'] }, cookie)).json(),
    );
    expect(shown.applied.map((item) => item.code)).toEqual(['SAVE5']);

    upstream.proxy.plan({ delayMs: 3000 });
    const started = performance.now();
    const first = await redeem(bff, order, cookie);
    const waited = performance.now() - started;
    // The BFF's 2.5 s budget runs out before the engine answers: it cannot know, and says so.
    expect(first).toEqual({ status: 'unknown', orderId: 'o-1', totals: shown.totals, retryAfter: 1 });
    expect(waited).toBeGreaterThan(2000);
    expect(waited).toBeLessThan(3000);
    // Nothing is confirmed, so there is nothing to roll back yet.
    const rollback = await bff.post('rollback', { orderId: 'o-1' }, cookie);
    expect(rollback.status).toBe(503);
    expect(await rollback.json()).toMatchObject({ error: { code: 'unavailable', retryAfter: 1 } });

    // The engine books the redemption it received, after the shopper was answered.
    await upstream.proxy.landed(1);
    expect(redemptionsOf(upstream, 'o-1')).toEqual({ succeeded: 1, rolledBack: 0 });

    // The same request again: the BFF finds the booked redemption instead of booking another.
    const again = await redeem(bff, order, cookie);
    expect(again).toMatchObject({
      status: 'redeemed',
      orderId: 'o-1',
      applied: [{ code: 'SAVE5', discount: 500 }],
      totals: shown.totals,
    });
    expect(await redeem(bff, order, cookie)).toEqual(again);
    expect(upstream.proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(upstream, 'o-1')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it.each<['drop-after' | 'fail-after' | 'drop-before']>([['drop-after'], ['fail-after'], ['drop-before']])(
    'an answer lost (%s the engine saw the redemption) is unknown; retries end with one redemption',
    async (fault) => {
      const upstream = await startUpstream();
      const bff = await startBff(upstream, sharedStore(), { lateRedemptionMs: 1000 });
      const cookie = await signIn(bff);
      const order = { orderId: `o-${fault}`, cart: rainShell, codes: ['SAVE5'] };
      upstream.proxy.plan(fault);
      expect(await redeem(bff, order, cookie)).toMatchObject({ status: 'unknown' });
      const booked = fault !== 'drop-before';
      expect(redemptionsOf(upstream, order.orderId).succeeded).toBe(booked ? 1 : 0);

      // Retried as a storefront does, until the outcome is known.
      const answers: RedeemResponse[] = [];
      for (let tries = 0; tries < 20; tries++) {
        const answer = await redeem(bff, order, cookie);
        answers.push(answer);
        if (answer.status !== 'unknown') break;
        await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 250));
      }
      expect(answers.at(-1)).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
      if (booked) {
        // Booked before the answer was lost: the first retry finds it.
        expect(answers).toHaveLength(1);
        expect(upstream.proxy.redemptions.received).toBe(1);
      } else {
        // Lost on the way: sent again only once it can no longer land, a second after it was sent.
        expect(answers.length).toBeGreaterThan(1);
        expect(upstream.proxy.redemptions.received).toBe(2);
      }
      expect(redemptionsOf(upstream, order.orderId)).toEqual({ succeeded: 1, rolledBack: 0 });
    },
  );

  it('a hung engine: unknown, nothing sent again while the redemption may still land, then booked once', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore(), { upstreamBudgetMs: 600, lateRedemptionMs: 1500 });
    const cookie = await signIn(bff);
    const order = { orderId: 'o-hung', cart: rainShell, codes: ['SAVE5'] };
    upstream.proxy.plan('hang');
    const sent = performance.now();
    expect(await redeem(bff, order, cookie)).toMatchObject({ status: 'unknown' });

    const early = await redeem(bff, order, cookie);
    expect(early).toMatchObject({ status: 'unknown', retryAfter: 1 });
    expect(upstream.proxy.redemptions.received).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, sent + 1600 - performance.now())));
    expect(await redeem(bff, order, cookie)).toMatchObject({
      status: 'redeemed',
      applied: [{ code: 'SAVE5' }],
    });
    expect(upstream.proxy.redemptions.received).toBe(2);
    expect(redemptionsOf(upstream, 'o-hung')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('two instances sharing one store race one order, one restarts: one redemption, the same answer everywhere', async () => {
    const upstream = await startUpstream();
    const store = sharedStore();
    const a = await startBff(upstream, store);
    const b = await startBff(upstream, store);
    const cookie = await signIn(a);
    const order = { orderId: 'o-race', cart: rainShell, codes: ['SAVE5'] };

    upstream.proxy.plan({ delayMs: 3000 });
    const raced = await Promise.all([a, b, a, b].map((bff) => redeem(bff, order, cookie)));
    expect(raced.map((answer) => answer.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(upstream.proxy.redemptions.received).toBe(1);

    // Instance a stops; a new one starts on the same store while the redemption lands.
    await a.close();
    const restarted = await startBff(upstream, store);
    await upstream.proxy.landed(1);
    const settled = await Promise.all([b, restarted, b, restarted].map((bff) => redeem(bff, order, cookie)));
    expect(settled[0]).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    for (const answer of settled) expect(answer).toEqual(settled[0]);
    expect(upstream.proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(upstream, 'o-race')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('two instances race one order on a healthy engine: one redemption', async () => {
    const upstream = await startUpstream();
    const store = sharedStore();
    const instances = [await startBff(upstream, store), await startBff(upstream, store)];
    const cookie = await signIn(instances[0]!);
    const order = { orderId: 'o-race-healthy', cart: rainShell, codes: ['SAVE5'] };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => redeem(instances[i % 2]!, order, cookie)),
    );
    expect(answers[0]).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(upstream.proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(upstream, 'o-race-healthy')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('a redemption that lands after the shopper dropped the code is rolled back; the order is charged what was shown', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore());
    const cookie = await signIn(bff);
    const usesBefore = usesOf(upstream, 'SAVE5');
    const validate = async (codes: string[]) =>
      validateResponseSchema.parse(
        await (await bff.post('validate', { cart: rainShell, codes }, cookie)).json(),
      );
    const withCode = await validate(['SAVE5']);
    upstream.proxy.plan({ delayMs: 3000 });
    const first = await redeem(
      bff,
      { orderId: 'o-late', cart: rainShell, codes: ['SAVE5'], expectedDue: withCode.totals.due },
      cookie,
    );
    expect(first).toMatchObject({ status: 'unknown', totals: withCode.totals });

    // Told nothing was confirmed, the shopper takes the code off and places the same order without it.
    const without = await validate([]);
    const placed = { orderId: 'o-late', cart: rainShell, codes: [], expectedDue: without.totals.due };
    const answers: RedeemResponse[] = [];
    for (let tries = 0; tries < 40; tries++) {
      const answer = await redeem(bff, placed, cookie);
      answers.push(answer);
      if (answer.status !== 'unknown') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The code's redemption landed meanwhile: the shopper was not shown it, so it is rolled back.
    expect(answers.at(-1)).toEqual({
      status: 'redeemed',
      orderId: 'o-late',
      applied: [],
      promotions: without.promotions,
      rejected: [],
      totals: without.totals,
    });
    // Only the automatic promotions of the cart are booked anew, if any.
    expect(upstream.proxy.redemptions.received).toBe(without.promotions.length ? 2 : 1);
    expect(redemptionsOf(upstream, 'o-late')).toEqual({
      succeeded: without.promotions.length ? 1 : 0,
      rolledBack: 1,
    });
    expect(usesOf(upstream, 'SAVE5')).toBe(usesBefore);
  });
});
