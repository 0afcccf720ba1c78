import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { type EngineProxy, startEngineProxy } from './engine-proxy.js';
import { freePort } from '../src/test-support/free-port.js';
import { REDIS_SERVER, type RunningRedis, startRedis } from '../src/test-support/start-redis.js';

/** The engine's demo seed as a file (`@promokit/engine/seeds/demo.json`, from its build). */
const demoSeedFile = createRequire(import.meta.url).resolve('@promokit/engine/seeds/demo.json');

const ENGINE_BIN = fileURLToPath(new URL('../../engine/bin/promokit-engine.js', import.meta.url));
const BFF_BIN = fileURLToPath(new URL('../bin/promokit-bff.js', import.meta.url));
const credentials = { appId: 'promokit-load', appToken: 'promokit-load-token' };
/** The session secret both BFF instances sign cookies with, so a shopper's cookie is good on either. */
const SESSION_SECRET = 'promokit-load-session-secret-0123456789';

/** The single-use codes the load seed adds to the demo seed, `RACE-0000`, `RACE-0001`, …; each takes 3.00 off. */
export const raceCode = (index: number): string => `RACE-${String(index).padStart(4, '0')}`;

/** The engine, Redis and two BFF instances, each its own process, with what the faults need. */
export interface LoadStack {
  /** Where the two BFF instances serve their routes (`{url}/redeem`). */
  bffs: readonly string[];
  /** The engine's SQLite file, to reconcile against once the run is over. */
  engineDb: string;
  /** The proxy between the BFFs and the engine, on its own thread: delays redemptions, times every answer. */
  proxy: EngineProxy;
  /** Kills the engine process at once (SIGKILL). */
  killEngine(): Promise<void>;
  /** Starts the engine process again on the same file and port. */
  startEngine(): Promise<void>;
  /** Stops (SIGSTOP) or resumes (SIGCONT) the engine process: hung, it takes connections and answers nothing. */
  hangEngine(hung: boolean): void;
  /** The directory holding the database, the seed and every process's log. */
  dir: string;
  stop(): Promise<void>;
}

/**
 * The demo seed plus `raceCodes` single-use codes (`quantity: 1`), which shoppers race for, written
 * to `dir`; its path.
 */
function writeLoadSeed(dir: string, raceCodes: number): string {
  const seed = JSON.parse(readFileSync(demoSeedFile, 'utf8')) as { campaigns: unknown[] };
  seed.campaigns.push({
    id: 'camp_L0adRac3C0d35',
    name: 'Load race codes',
    type: 'DISCOUNT_COUPONS',
    vouchers: Array.from({ length: raceCodes }, (_, index) => ({
      id: `v_L0adRac3${index}`,
      code: raceCode(index),
      quantity: 1,
      discount: { type: 'AMOUNT', amount_off: 300 },
    })),
  });
  const file = join(dir, 'load-seed.json');
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

/** Spawns `args` with node, its output to `log`; resolves once a line of its output matches `ready`. */
function startProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  log: string,
  ready: RegExp,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(log, { flags: 'a' });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
      if (ready.test(seen)) {
        child.stdout.off('data', onData);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) =>
      reject(new Error(`${args[0]} exited (${code ?? signal}) before it was ready; see ${log}`)),
    );
  });
}

function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGCONT');
    child.kill(signal);
  });
}

/**
 * Starts the stack on loopback ports: `promokit-engine serve` on a fresh SQLite file seeded with
 * the load seed, the fault proxy in front of it, a throwaway `redis-server`, and two
 * `promokit-bff` processes calling the engine through the proxy as their Voucherify and sharing
 * the Redis store.
 */
export async function startLoadStack(options: { raceCodes: number }): Promise<LoadStack> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `The load run starts ${REDIS_SERVER}; install it with \`node .ci/setup.mjs\` (as root) or \`apt-get install redis-server\`.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'promokit-load-'));
  const engineDb = join(dir, 'engine.sqlite');
  const seed = writeLoadSeed(dir, options.raceCodes);
  const enginePort = await freePort();
  const engineEnv = {
    ...process.env,
    PROMOKIT_ENGINE_APP_ID: credentials.appId,
    PROMOKIT_ENGINE_APP_TOKEN: credentials.appToken,
  };
  let engine: ChildProcess | undefined;
  const startEngine = async () => {
    engine = await startProcess(
      [ENGINE_BIN, 'serve', '--db', engineDb, '--seed', seed, '--port', String(enginePort)],
      engineEnv,
      join(dir, 'engine.log'),
      /http:\/\//,
    );
  };
  await startEngine();

  const proxy = await startEngineProxy(`http://127.0.0.1:${enginePort}`);
  let redis: RunningRedis | undefined;
  const bffs: ChildProcess[] = [];
  try {
    redis = await startRedis();
    const urls: string[] = [];
    for (const name of ['bff-a', 'bff-b']) {
      const port = await freePort();
      bffs.push(
        await startProcess(
          [BFF_BIN],
          {
            ...process.env,
            VOUCHERIFY_APP_ID: credentials.appId,
            VOUCHERIFY_APP_TOKEN: credentials.appToken,
            VOUCHERIFY_URL: proxy.url,
            PROMOKIT_CASE_SENSITIVE_CODES: 'false',
            PROMOKIT_SESSION_SECRET: SESSION_SECRET,
            PROMOKIT_COOKIE_SECURE: 'false',
            REDIS_URL: `redis://127.0.0.1:${redis.port}`,
            HOST: '127.0.0.1',
            PORT: String(port),
          },
          join(dir, `${name}.log`),
          /PromoKit BFF on /,
        ),
      );
      urls.push(`http://127.0.0.1:${port}/api/promotions`);
    }
    return {
      bffs: urls,
      engineDb,
      proxy,
      dir,
      killEngine: () => stopProcess(engine, 'SIGKILL'),
      startEngine,
      hangEngine: (hung: boolean) => void engine?.kill(hung ? 'SIGSTOP' : 'SIGCONT'),
      async stop() {
        await Promise.all(bffs.map((child) => stopProcess(child)));
        await proxy.close();
        await stopProcess(engine);
        await redis?.stop();
      },
    };
  } catch (error) {
    await Promise.all(bffs.map((child) => stopProcess(child)));
    await proxy.close();
    await stopProcess(engine);
    await redis?.stop();
    throw error;
  }
}
