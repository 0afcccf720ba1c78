/**
 * `pnpm --filter @promokit/bff bench`: how much the BFF adds to one validation. Serves, in a child
 * process whose stdout is discarded (so the BFF logs as in production, with its default logger),
 * the engine's /v1 HTTP face and the BFF over the embedded engine, both on the demo seed. The BFF
 * runs as the demo does: a signed-cookie session as a returning customer, origin guard, attempt
 * limits, circuit breaker and request logs on. It gets `POST /validate` of WELCOME10 on a $60 cart;
 * the engine gets `POST /v1/validations` of the body the BFF sends for that cart (same customer,
 * same `LOCK` session).
 *
 * Latency is measured over one keep-alive connection, one request at a time, to a hundredth of a
 * millisecond, so p50 is the time a request takes rather than its wait in a queue; throughput is
 * autocannon with 10 connections. Prints both for each target, and the BFF's overhead.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import { demoSeed, openEngine, serveEngine } from '@promokit/engine';
import { validationsValidateResponseBodySchema } from '@promokit/voucherify';
import autocannon from 'autocannon';
import { Hono } from 'hono';

import { jsonCatalog } from '../src/catalog.js';
import { cookieSession } from '../src/identity/cookie-session.js';
import { createBff } from '../src/create-bff.js';
import catalog from '../src/demo-catalog.json' with { type: 'json' };
import { DEMO_PERSONAS } from '../src/identity/demo-personas.js';
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
const persona = 'returning-customer';
const secret = 'promokit-bench-session-secret-0123456789';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

interface Served {
  bff: string;
  engine: string;
  cookie: string;
}

interface Target {
  name: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

async function serveBoth(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bench-'));
  const seed = demoSeed();
  const engine = await serveEngine({
    engine: openEngine({ file: join(dir, 'direct.sqlite'), seed }),
    port: 0,
    ...credentials,
  });
  const upstream = embeddedUpstream({ file: join(dir, 'bff.sqlite'), seed });
  const session = cookieSession({ secret, personas: DEMO_PERSONAS, secure: false });
  const bff = createBff({
    upstream,
    catalog: jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }),
    currency: catalog.currency,
    session,
  });
  const site = new Hono().route('/api/promotions', bff);
  const cookie = ((await session.issue(persona)).split(';')[0] ?? '').trim();
  serve({ fetch: site.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.send?.({
      bff: `http://127.0.0.1:${info.port}/api/promotions/validate`,
      engine: `${engine.url}/v1/validations`,
      cookie,
    } satisfies Served);
  });
  process.once('disconnect', () => {
    upstream.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

/** One POST over `agent`; resolves with the status and body. */
function post(agent: Agent, target: Target): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const call = request(
      target.url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...target.headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    call.on('error', reject);
    call.end(target.body);
  });
}

/** Latencies of one request at a time over one connection, for `durationMs`, in milliseconds. */
async function latencies(target: Target, durationMs: number): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  try {
    for (const end = performance.now() + durationMs; performance.now() < end;) {
      const start = performance.now();
      const { status, text } = await post(agent, target);
      times.push(performance.now() - start);
      if (status !== 200) throw new Error(`${target.name}: HTTP ${status} ${text}`);
    }
  } finally {
    agent.destroy();
  }
  return times;
}

async function throughput(target: Target, duration: number): Promise<number> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections: 10,
    duration,
  });
  if (result.non2xx || result.errors)
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.total / duration;
}

const ROUNDS = 5;

/**
 * Measures the targets in turn, round after round, so that a slower moment of a shared machine
 * weighs on all of them alike: p50 and p99 over every round's latencies, mean throughput.
 */
async function measure(targets: readonly Target[]) {
  const times = targets.map(() => [] as number[]);
  const rates = targets.map(() => 0);
  for (const target of targets) await latencies(target, 1000);
  const slice = (seconds * 1000) / 2 / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, target] of targets.entries()) times[i]?.push(...(await latencies(target, slice)));
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, target] of targets.entries()) {
      rates[i] = (rates[i] ?? 0) + (await throughput(target, Math.max(1, Math.round(seconds / 2 / ROUNDS))));
    }
  }
  return targets.map((target, i) => {
    const sorted = (times[i] ?? []).sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    return {
      ...target,
      samples: sorted.length,
      p50: at(0.5),
      p99: at(0.99),
      rps: Math.round((rates[i] ?? 0) / ROUNDS),
    };
  });
}

async function main(): Promise<void> {
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const served = await new Promise<Served>((resolve) =>
    child.once('message', (message) => resolve(message as Served)),
  );
  const priced = await jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }).price(
    cart.lines,
  );
  if ('unknownLine' in priced) throw new Error('The demo catalog lacks a benchmark product');
  const shopper = DEMO_PERSONAS.find((entry) => entry.id === persona)?.shopper ?? null;
  const engineTarget: Target = {
    name: 'engine /v1/validations',
    url: served.engine,
    body: '',
    headers: { 'x-app-id': credentials.appId, 'x-app-token': credentials.appToken },
  };
  const stack = codes.map((entry) => ({ object: 'voucher' as const, entry }));
  // Open the engine's LOCK session once, then continue it, as the BFF does for a shopper.
  const first = await post(new Agent(), {
    ...engineTarget,
    body: JSON.stringify(toValidationBody(priced, stack, shopper, { lock: { key: null } })),
  });
  const key = validationsValidateResponseBodySchema.parse(JSON.parse(first.text)).session?.key ?? null;
  engineTarget.body = JSON.stringify(toValidationBody(priced, stack, shopper, { lock: { key } }));
  const [engine, bff] = await measure([
    engineTarget,
    {
      name: 'BFF /validate',
      url: served.bff,
      body: JSON.stringify({ cart, codes }),
      headers: { cookie: served.cookie },
    },
  ]);
  child.disconnect();
  if (!engine || !bff) throw new Error('Nothing measured');
  console.info(
    `One validation of WELCOME10 on a 60.00 cart for a signed-in returning customer.\n` +
      `${ROUNDS} rounds taking turns, ${seconds / 2} s per target for latency (one request at a time ` +
      `over one connection), then ${seconds / 2} s for throughput (autocannon, 10 connections).\n`,
  );
  console.info('target                   requests   p50 ms   p99 ms    req/s');
  for (const { name, samples, p50, p99, rps } of [engine, bff]) {
    console.info(
      `${name.padEnd(24)} ${String(samples).padStart(8)} ${p50.toFixed(2).padStart(8)} ${p99.toFixed(2).padStart(8)} ${String(rps).padStart(8)}`,
    );
  }
  console.info(
    `BFF overhead: p50 +${(bff.p50 - engine.p50).toFixed(2)} ms, p99 +${(bff.p99 - engine.p99).toFixed(2)} ms, throughput ${((bff.rps / engine.rps - 1) * 100).toFixed(1)} %`,
  );
}

await (process.argv.includes('--serve') ? serveBoth() : main());
