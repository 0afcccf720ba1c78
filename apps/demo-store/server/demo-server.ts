import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { DEMO_PERSONAS, cookieSession, createBff, jsonCatalog, voucherifyUpstream } from '@promokit/bff';
import catalogData from '@promokit/bff/demo-catalog.json' with { type: 'json' };
import { type EngineServer, demoSeed, openEngine, payWithPointsRewards, serveEngine } from '@promokit/engine';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

import { demoControl } from './demo-control.js';

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const BFF_PATH = '/api/promotions';

/** Options of {@link startDemo}. */
export interface DemoOptions {
  host: string;
  /** The store and its BFF listen here; the engine on the next port. */
  port: number;
  /** The engine's SQLite file; recreated from the demo seed at every start. */
  dbFile: string;
}

/** A running demo: the engine, and the store with its BFF. */
export interface RunningDemo {
  storeUrl: string;
  engineUrl: string;
  close(): Promise<void>;
}

const credentials = { appId: 'promokit-demo', appToken: 'promokit-demo-token' };

/**
 * Starts the embedded engine on its own port (seeded afresh), and the store with the BFF mounted at
 * `/api/promotions`; the BFF reaches the engine over HTTP with the Voucherify client, as it would
 * reach Voucherify. Shoppers switch persona through the BFF's signed-cookie session; the sales
 * panel's changes reach open pages through a signed webhook and the BFF's live updates.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  await mkdir(dirname(options.dbFile), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(options.dbFile + suffix, { force: true });
  const seed = demoSeed();
  const engine = openEngine({ file: options.dbFile, seed });
  const serveUpstream = () =>
    serveEngine({ engine, hostname: options.host, port: options.port + 1, ...credentials });
  let engineServer: EngineServer | null = await serveUpstream();
  const engineUrl = engineServer.url;

  const origin = `http://${options.host}:${options.port}`;
  const webhookSecret = randomBytes(32).toString('hex');
  const bff = createBff({
    upstream: voucherifyUpstream({
      baseUrl: engineUrl,
      ...credentials,
      name: 'embedded engine',
      payWithPointsRewards: payWithPointsRewards(seed),
    }),
    catalog: jsonCatalog(catalogData.currency, catalogData.products, { shipping: catalogData.shipping }),
    currency: catalogData.currency,
    // The demo seed is a case-insensitive project (`case_sensitive_codes: false`); the BFF mirrors it.
    caseSensitiveCodes: seed.case_sensitive_codes,
    session: cookieSession({
      secret: randomBytes(32).toString('hex'),
      personas: DEMO_PERSONAS,
      secure: false,
    }),
    webhookSecret,
    // Everyone at a demo shares one address (127.0.0.1): keep the per-session limit, relax the
    // per-address one so a long demo never locks the room out.
    attempts: { perSession: 10, perIp: 200 },
  });
  const indexHtml = await readFile(join(appRoot, 'dist/index.html'), 'utf8');
  const store = new Hono()
    .route(BFF_PATH, bff)
    .route(
      '/demo',
      demoControl({
        engine,
        seed,
        webhookSecret,
        webhookUrl: `${origin}${BFF_PATH}/webhooks/voucherify`,
        upstreamOnline: () => engineServer !== null,
        async setUpstreamOnline(online) {
          if (online && !engineServer) engineServer = await serveUpstream();
          if (!online && engineServer) {
            await engineServer.close();
            engineServer = null;
          }
        },
      }),
    )
    // The store's own files go out compressed; the BFF's event stream must not be buffered.
    .use('/assets/*', compress(), serveStatic({ root: join(appRoot, 'dist') }))
    .get('*', compress(), (c) => c.html(indexHtml));

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: store.fetch, hostname: options.host, port: options.port }, () =>
      resolve(started),
    );
  });
  return {
    storeUrl: `${origin}/`,
    engineUrl,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Live-update streams stay open until the server lets them go.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await engineServer?.close();
      engine.close();
    },
  };
}
