/**
 * `promokit-bff`: the BFF as a Node server. With VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN set it
 * calls Voucherify (VOUCHERIFY_URL, default https://api.voucherify.io); otherwise it runs the
 * embedded engine with the demo seed in PROMOKIT_ENGINE_DB (default ./promokit-engine.sqlite).
 * PROMOKIT_CATALOG names a JSON catalog ({ currency, products: [{ id, name, price }] }); default the
 * demo catalog. Listens on HOST:PORT (default 127.0.0.1:4180) under /api/promotions.
 */
import { readFileSync } from 'node:fs';

import { serve } from '@hono/node-server';
import { demoSeedPath, loadSeedFile } from '@promokit/engine';
import { Hono } from 'hono';

import { jsonCatalog } from './catalog.js';
import { createBff } from './create-bff.js';
import demoCatalog from './demo-catalog.json' with { type: 'json' };
import { embeddedUpstream } from './embedded-upstream.js';
import { type Upstream, voucherifyUpstream } from './upstream.js';

const env = process.env;
const catalogData = (
  env.PROMOKIT_CATALOG ? JSON.parse(readFileSync(env.PROMOKIT_CATALOG, 'utf8')) : demoCatalog
) as typeof demoCatalog;

const upstream: Upstream =
  env.VOUCHERIFY_APP_ID && env.VOUCHERIFY_APP_TOKEN
    ? voucherifyUpstream({
        baseUrl: env.VOUCHERIFY_URL ?? 'https://api.voucherify.io',
        appId: env.VOUCHERIFY_APP_ID,
        appToken: env.VOUCHERIFY_APP_TOKEN,
      })
    : embeddedUpstream({
        file: env.PROMOKIT_ENGINE_DB ?? 'promokit-engine.sqlite',
        seed: loadSeedFile(demoSeedPath),
      });

const app = new Hono().route(
  '/api/promotions',
  createBff({ upstream, catalog: jsonCatalog(catalogData.currency, catalogData.products) }),
);
const hostname = env.HOST ?? '127.0.0.1';
const port = Number(env.PORT ?? 4180);
const server = serve({ fetch: app.fetch, hostname, port }, () => {
  console.info(`PromoKit BFF on http://${hostname}:${port}/api/promotions, upstream: ${upstream.name}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => (upstream.close(), process.exit(0))));
}
