/**
 * `pnpm --filter @promokit/bff bench`: how much the BFF adds to one validation. Serves, in a child
 * process, the engine's /v1 HTTP face and the BFF over the embedded engine (both on the demo seed),
 * then loads each with autocannon in turn: the BFF with `POST /validate` of WELCOME10 on a $60 cart,
 * the engine with `POST /v1/validations` of the body the BFF sends for that cart. Prints requests
 * per second, p50 and p99 latency for both, and the BFF's overhead.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import { demoSeedPath, loadSeedFile, openEngine, serveEngine } from '@promokit/engine';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { pino } from 'pino';

import { jsonCatalog } from '../src/catalog.js';
import { createBff } from '../src/create-bff.js';
import catalog from '../src/demo-catalog.json' with { type: 'json' };
import { embeddedUpstream } from '../src/embedded-upstream.js';
import { toValidationBody } from '../src/validation-body.js';

const credentials = { appId: 'bench', appToken: 'bench' };
const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};
const codes = ['WELCOME10'];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

interface Urls {
  bff: string;
  engine: string;
}

async function serveBoth(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bench-'));
  const seed = loadSeedFile(demoSeedPath);
  const engine = await serveEngine({
    engine: openEngine({ file: join(dir, 'direct.sqlite'), seed }),
    port: 0,
    ...credentials,
  });
  const upstream = embeddedUpstream({ file: join(dir, 'bff.sqlite'), seed });
  const bff = createBff({
    upstream,
    catalog: jsonCatalog(catalog.currency, catalog.products),
    logger: pino({ level: 'silent' }),
    attempts: { perIp: Number.MAX_SAFE_INTEGER },
  });
  const site = new Hono().route('/api/promotions', bff);
  serve({ fetch: site.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.send?.({
      bff: `http://127.0.0.1:${info.port}/api/promotions/validate`,
      engine: `${engine.url}/v1/validations`,
    } satisfies Urls);
  });
  process.once('disconnect', () => {
    upstream.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function measure(name: string, url: string, body: unknown, headers: Record<string, string>) {
  const options = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    connections: 10,
  };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: seconds });
  if (result.non2xx || result.errors)
    throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], { execArgv: process.execArgv });
  const urls = await new Promise<Urls>((resolve) =>
    child.once('message', (message) => resolve(message as Urls)),
  );
  const priced = await jsonCatalog(catalog.currency, catalog.products).price(cart.lines);
  if ('unknownLine' in priced) throw new Error('The demo catalog lacks a benchmark product');
  const engine = await measure('engine /v1/validations', urls.engine, toValidationBody(priced, codes, null), {
    'x-app-id': credentials.appId,
    'x-app-token': credentials.appToken,
  });
  const bff = await measure('BFF /validate', urls.bff, { cart, codes }, {});
  child.disconnect();
  console.info(`${seconds} s each, 10 connections, one validation of WELCOME10 on a 60.00 cart\n`);
  console.info('target                    req/s   p50 ms   p99 ms');
  for (const { name, rps, p50, p99 } of [engine, bff]) {
    console.info(
      `${name.padEnd(24)} ${String(rps).padStart(6)} ${String(p50).padStart(8)} ${String(p99).padStart(8)}`,
    );
  }
  console.info(
    `BFF overhead: p50 +${(bff.p50 - engine.p50).toFixed(2)} ms, p99 +${(bff.p99 - engine.p99).toFixed(2)} ms, throughput ${((bff.rps / engine.rps - 1) * 100).toFixed(1)} %`,
  );
}

await (process.argv.includes('--serve') ? serveBoth() : main());
