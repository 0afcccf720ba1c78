import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import { type RedeemResponse, redeemResponseSchema } from '@promokit/core';
import { type Engine, demoSeed, openEngine, serveEngine } from '@promokit/engine';
import BetterSqlite3 from 'better-sqlite3';
import { pino } from 'pino';

import { jsonCatalog } from '../catalog.js';
import { cookieSession } from '../identity/cookie-session.js';
import { type Bff, type BffOptions, createBff } from '../create-bff.js';
import catalog from '../demo-catalog.json' with { type: 'json' };
import { DEMO_PERSONAS } from '../identity/demo-personas.js';
import type { BffStore } from '../store.js';
import { DEMO_SESSION_SECRET } from '../testing.js';
import { voucherifyUpstream } from '../upstream.js';
import { type FaultProxy, type FaultProxyOptions, faultProxy } from './fault-proxy.js';

const credentials = { appId: 'faults', appToken: 'faults-token' };

/**
 * The demo engine on its own SQLite file, served over HTTP, behind a {@link faultProxy} that
 * misbehaves on redemptions as told.
 */
export interface FaultyEngine {
  engine: Engine;
  proxy: FaultProxy;
  /** The engine's SQLite file, to count what it booked. */
  file: string;
  close(): Promise<void>;
}

/** Starts a {@link FaultyEngine} with the demo seed; `options` go to its proxy. */
export async function startFaultyEngine(options: FaultProxyOptions = {}): Promise<FaultyEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-faults-'));
  const file = join(dir, 'engine.sqlite');
  const engine = openEngine({ file, seed: demoSeed() });
  const server = await serveEngine({ engine, port: 0, ...credentials });
  const proxy = await faultProxy(server.url, options);
  return {
    engine,
    proxy,
    file,
    async close() {
      await proxy.close();
      await server.close();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A BFF instance served over HTTP on a free port. */
export interface BffInstance {
  /** Where its routes are, e.g. `http://127.0.0.1:4181` (`POST {url}/redeem`). */
  url: string;
  post(route: string, body: unknown, cookie?: string): Promise<Response>;
  /** What the store's server does with the instance's orders (`Bff.orders`). */
  orders: Bff['orders'];
  /** Stops serving; closing twice is closing once. */
  close(): Promise<void>;
}

/** An engine served over HTTP like Voucherify: where, and its credentials. */
export interface HttpEngine {
  url: string;
  appId: string;
  appToken: string;
}

/**
 * A demo BFF (catalog, personas, case-insensitive codes) over the faulty engine's proxy, or over
 * another engine served over HTTP, through Voucherify's HTTP client, with its own state in
 * `store`, served on a free port of 127.0.0.1.
 */
export async function startBffInstance(
  upstream: FaultyEngine | HttpEngine,
  store: BffStore,
  options: Partial<BffOptions> = {},
): Promise<BffInstance> {
  const target = 'proxy' in upstream ? { url: upstream.proxy.url, ...credentials } : upstream;
  const app = createBff({
    upstream: voucherifyUpstream({ baseUrl: target.url, appId: target.appId, appToken: target.appToken }),
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
  return {
    url,
    orders: app.orders,
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
}

/** Signs in to a BFF instance as a demo persona; the session cookie, valid on every instance. */
export async function signInTo(bff: BffInstance, persona = 'returning-customer'): Promise<string> {
  const response = await bff.post('session', { persona });
  if (!response.ok) throw new Error(`Signing in as ${persona} answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** `POST /redeem`, which must answer 200 with a redeem response. */
export async function redeemAt(bff: BffInstance, body: unknown, cookie: string): Promise<RedeemResponse> {
  const response = await bff.post('redeem', body, cookie);
  if (response.status !== 200)
    throw new Error(`redeem answered ${response.status}: ${await response.text()}`);
  return redeemResponseSchema.parse(await response.json());
}

/** The successful parent redemptions the engine's database holds for a storefront order id, by status. */
export function redemptionsOf(
  upstream: Pick<FaultyEngine, 'file'>,
  orderId: string,
): { succeeded: number; rolledBack: number } {
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

/** Uses of a code of the demo seed that the engine's database counts as redeemed. */
export function usesOf(upstream: FaultyEngine, code: string): number {
  const vouchers = (demoSeed().campaigns ?? []).flatMap((campaign) =>
    'vouchers' in campaign ? (campaign.vouchers as readonly { id: string; code: string }[]) : [],
  );
  const voucher = vouchers.find((item) => item.code === code);
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
