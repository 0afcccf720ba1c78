import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort } from './free-port.js';

/** The engine's demo seed as a file (`@promokit/engine/seeds/demo.json`, from its build). */
const demoSeedFile = createRequire(import.meta.url).resolve('@promokit/engine/seeds/demo.json');

const CLI = fileURLToPath(new URL('../../../engine/src/cli.ts', import.meta.url));
const credentials = { appId: 'engine-process', appToken: 'engine-process-token' };

/** `promokit-engine serve` as its own process, on a SQLite file of its own seeded with the demo seed. */
export interface EngineProcess {
  /** Base URL to give `voucherifyUpstream`; the same across restarts. */
  url: string;
  appId: string;
  appToken: string;
  /** The engine's SQLite file, to count what it booked. */
  file: string;
  /** Kills the process at once (SIGKILL): what it had not answered is lost with it. */
  kill(): Promise<void>;
  /** Starts the process again, on the same file and port. */
  start(): Promise<void>;
  /** Stops (SIGSTOP) or resumes (SIGCONT) the process: stopped, it takes connections and answers nothing. */
  hang(hung: boolean): void;
  /** Stops the process and deletes its file. */
  close(): Promise<void>;
}

/** Starts the engine's CLI (from its sources, through tsx) on a free loopback port. */
export async function startEngineProcess(): Promise<EngineProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-engine-process-'));
  const file = join(dir, 'engine.sqlite');
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(
        process.execPath,
        [
          '--conditions=@promokit/source',
          '--import',
          'tsx',
          CLI,
          'serve',
          '--db',
          file,
          '--seed',
          demoSeedFile,
          '--port',
          String(port),
        ],
        {
          env: {
            PATH: process.env.PATH ?? '',
            PROMOKIT_ENGINE_APP_ID: credentials.appId,
            PROMOKIT_ENGINE_APP_TOKEN: credentials.appToken,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = started;
      let output = '';
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('PromoKit engine listening on')) resolve();
      };
      started.stdout.on('data', collect);
      started.stderr.on('data', collect);
      started.once('exit', (code, signal) =>
        reject(new Error(`promokit-engine exited (${code ?? signal}) before listening: ${output}`)),
      );
    });

  const stop = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
      running.once('exit', () => resolve());
      running.kill(signal);
      running.kill('SIGCONT');
    });

  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    ...credentials,
    file,
    kill: () => stop('SIGKILL'),
    start,
    hang: (hung) => void child?.kill(hung ? 'SIGSTOP' : 'SIGCONT'),
    async close() {
      await stop('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
