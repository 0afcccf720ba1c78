import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { demoSeedFile } from '../test-support/demo.js';
import { InvalidSeedError } from '../seed/parse-seed.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { LOCAL_APP_ID, LOCAL_APP_TOKEN } from './local-credentials.js';
import { CliUsageError, runCli, type RunningCli } from './run-cli.js';

const dir = tempDirPerTest();
let running: RunningCli | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

function validateAt(url: string, headers: Record<string, string>) {
  return fetch(`${url}/v1/validations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ redeemables: [{ object: 'voucher', id: 'SAVE5' }], order: { amount: 1000 } }),
  });
}

describe('runCli', () => {
  it('serves the seeded engine with the local credentials by default', async () => {
    running = await runCli(
      ['serve', '--db', dir.path('engine.db'), '--seed', demoSeedFile, '--port', '0'],
      {},
    );
    const response = await validateAt(running.url, {
      'X-App-Id': LOCAL_APP_ID,
      'X-App-Token': LOCAL_APP_TOKEN,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ valid: true });
  });

  it('takes credentials from the environment', async () => {
    running = await runCli(['serve', '--db', dir.path('engine.db'), '--seed', demoSeedFile, '--port', '0'], {
      PROMOKIT_ENGINE_APP_ID: 'env-id',
      PROMOKIT_ENGINE_APP_TOKEN: 'env-token',
    });
    expect(
      (await validateAt(running.url, { 'X-App-Id': LOCAL_APP_ID, 'X-App-Token': LOCAL_APP_TOKEN })).status,
    ).toBe(401);
    expect((await validateAt(running.url, { 'X-App-Id': 'env-id', 'X-App-Token': 'env-token' })).status).toBe(
      200,
    );
  });

  it.each([
    ['no command', ['--db', 'x.db']],
    ['an unknown command', ['start', '--db', 'x.db']],
    ['no --db', ['serve']],
    ['a bad port', ['serve', '--db', 'x.db', '--port', 'http']],
    ['an unknown option', ['serve', '--db', 'x.db', '--verbose']],
    ['--reseed without --seed', ['serve', '--db', 'x.db', '--reseed']],
  ])('refuses %s', async (_, argv) => {
    await expect(runCli(argv, {})).rejects.toThrow(CliUsageError);
  });

  it('refuses a bad seed before creating the database', async () => {
    const db = dir.path('engine.db');
    await expect(runCli(['serve', '--db', db, '--seed', fileURLToPath(import.meta.url)], {})).rejects.toThrow(
      InvalidSeedError,
    );
    expect(existsSync(db)).toBe(false);
  });
});

describe('promokit-engine process', () => {
  it('prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const db = dir.path('engine.db');
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--conditions=@promokit/source',
        '--import',
        'tsx',
        cli,
        'serve',
        '--db',
        dir.path('engine.db'),
        '--seed',
        demoSeedFile,
        '--port',
        '0',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /listening on (http:\/\/\S+)/.exec(line.toString())?.[1] ?? '';
      const response = await validateAt(url, { 'X-App-Id': LOCAL_APP_ID, 'X-App-Token': LOCAL_APP_TOKEN });
      expect(response.status).toBe(200);

      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      // SQLite folds the WAL back into the file when the last connection closes.
      expect(existsSync(`${db}-wal`)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 20_000);
});
