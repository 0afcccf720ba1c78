import { rmSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createBff, jsonCatalog, voucherifyUpstream } from '@promokit/bff';
import { demoSeedPath, loadSeedFile, openEngine, serveEngine } from '@promokit/engine';
import { Hono } from 'hono';

import catalogData from '@promokit/bff/demo-catalog.json' with { type: 'json' };

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

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
 * reach Voucherify.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  await mkdir(dirname(options.dbFile), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(options.dbFile + suffix, { force: true });
  const engine = openEngine({ file: options.dbFile, seed: loadSeedFile(demoSeedPath) });
  const engineServer = await serveEngine({
    engine,
    hostname: options.host,
    port: options.port + 1,
    ...credentials,
  });

  const bff = createBff({
    upstream: voucherifyUpstream({ baseUrl: engineServer.url, ...credentials, name: 'embedded engine' }),
    catalog: jsonCatalog(catalogData.currency, catalogData.products),
  });
  const indexHtml = await readFile(join(appRoot, 'dist/index.html'), 'utf8');
  const store = new Hono()
    .route('/api/promotions', bff)
    .use('/assets/*', serveStatic({ root: join(appRoot, 'dist') }))
    .get('*', (c) => c.html(indexHtml));

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: store.fetch, hostname: options.host, port: options.port }, () =>
      resolve(started),
    );
  });
  return {
    storeUrl: `http://${options.host}:${options.port}/`,
    engineUrl: engineServer.url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engineServer.close();
      engine.close();
    },
  };
}
