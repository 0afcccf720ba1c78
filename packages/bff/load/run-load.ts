/**
 * `pnpm --filter @promokit/bff load [-- --shoppers N --seconds T --faults on|off --think MS --keep]`: the BFF
 * under load and faults, as deployed. Starts the engine (`promokit-engine serve`, a fresh SQLite
 * file with the demo seed plus single-use race codes), a fault proxy in front of it, a
 * `redis-server`, and two `promokit-bff` instances that call the engine through the proxy as their
 * Voucherify and share the Redis store, each its own process. N shoppers (default 100, half signed
 * in, half guests) place orders for T seconds (default 20): qualifications → validate → redeem
 * with the `expectedDue` shown → sometimes rollback, each request on the other instance, racing
 * for single-use codes and retrying `unknown` answers as a storefront should. `--think` pauses each
 * shopper before each step (0 by default: no pause, a stress test). The BFF processes run its
 * build (`pnpm --filter @promokit/bff build` first).
 *
 * With faults on (the default), the engine's redemptions are delayed past the redeem budget, the
 * engine is hung (SIGSTOP, then SIGCONT) and killed (SIGKILL, then started again).
 *
 * Afterwards every order id sent is reconciled with the redemptions in the engine's SQLite file,
 * and the run prints requests, outcomes by kind, p50/p99 per route, degraded answers while the
 * engine was healthy, and ghost, lost and doubled redemptions. It exits 1 if there is any ghost,
 * lost, doubled or mis-charged redemption.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { type FaultWindow, printReport } from './load-report.js';
import { startLoadStack } from './load-stack.js';
import { reconcile } from './reconcile.js';
import { type ShopperContext, runShopper } from './shopper.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    shoppers: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
    faults: { type: 'string', default: 'on' },
    think: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
const shoppers = Number(values.shoppers);
const seconds = Number(values.seconds);
if (!Number.isInteger(shoppers) || shoppers < 1)
  throw new RangeError(`--shoppers must be a positive integer, got ${values.shoppers}`);
if (!(seconds > 0)) throw new RangeError(`--seconds must be a positive number, got ${values.seconds}`);
if (values.faults !== 'on' && values.faults !== 'off')
  throw new RangeError(`--faults must be on or off, got ${values.faults}`);
const faults = values.faults === 'on';
const thinkMs = Number(values.think);
if (!(thinkMs >= 0)) throw new RangeError(`--think must be a non-negative number of ms, got ${values.think}`);

/** Redemptions in the slow window take this long to reach the engine: past the 9 s redeem budget. */
const SLOW_REDEMPTION_MS = 10_000;
/** How long an unsettled order is retried after the run, beyond the BFF's 30 s `lateRedemptionMs`. */
const SETTLE_MS = 45_000;
const RACE_WINDOW_MS = 2_000;
const RACE_CODES_PER_WINDOW = 10;

const stack = await startLoadStack({
  raceCodes: (Math.ceil((seconds * 1000) / RACE_WINDOW_MS) + 1) * RACE_CODES_PER_WINDOW,
});
console.info(
  `stack up in ${stack.dir}: engine, redis, BFFs ${stack.bffs.join(' ')}; load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);

const context: ShopperContext = {
  bffs: stack.bffs,
  began: performance.now(),
  endsAt: seconds * 1000,
  settleBy: seconds * 1000 + SETTLE_MS,
  samples: [],
  orders: [],
  raceWindowMs: RACE_WINDOW_MS,
  raceCodesPerWindow: RACE_CODES_PER_WINDOW,
  thinkMs,
};
const elapsed = () => performance.now() - context.began;
const windows: FaultWindow[] = [];

/** Runs the faults at fixed fractions of the run: slow redemptions, a hung engine, a killed engine. */
async function injectFaults(): Promise<void> {
  const at = async (fraction: number) => sleep(Math.max(0, fraction * seconds * 1000 - elapsed()));
  await at(0.1);
  let window: FaultWindow = {
    name: `redemptions delayed ${SLOW_REDEMPTION_MS / 1000} s`,
    start: elapsed(),
    end: 0,
  };
  stack.proxy.slowRedemptions(SLOW_REDEMPTION_MS);
  await at(0.25);
  stack.proxy.slowRedemptions(0);
  // The last delayed redemption reaches the engine this much later.
  window.end = elapsed() + SLOW_REDEMPTION_MS;
  windows.push(window);

  await at(0.4);
  window = { name: 'engine hung (SIGSTOP)', start: elapsed(), end: 0 };
  stack.hangEngine(true);
  await at(0.5);
  stack.hangEngine(false);
  window.end = elapsed();
  windows.push(window);

  await at(0.65);
  window = { name: 'engine killed (SIGKILL), restarted', start: elapsed(), end: 0 };
  await stack.killEngine();
  await at(0.75);
  await stack.startEngine();
  window.end = elapsed();
  windows.push(window);
}

let failed = true;
try {
  const faulting = faults ? injectFaults() : Promise.resolve();
  await Promise.all([
    faulting,
    ...Array.from({ length: shoppers }, (_, index) => runShopper(context, index)),
  ]);
  const result = reconcile(stack.engineDb, context.orders);
  writeFileSync(
    join(stack.dir, 'samples.json'),
    JSON.stringify({ windows, samples: context.samples, orders: context.orders }),
  );
  failed = printReport({
    shoppers,
    seconds,
    faults,
    samples: context.samples,
    windows,
    result,
    engineCalls: await stack.proxy.calls(),
  });
  console.info(
    `load average at the end: ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await stack.stop();
  if (values.keep || failed) console.info(`logs and the engine's database: ${stack.dir}`);
  else rmSync(stack.dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
