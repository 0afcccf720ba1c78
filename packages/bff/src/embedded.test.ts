import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, expect, it } from 'vitest';

import * as embedded from './embedded.js';

const packageDir = join(import.meta.dirname, '..');

/** The entry's API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(embedded).sort()).toEqual(['EngineNotInstalledError', 'embeddedUpstream']);
});

const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-no-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the main entry loads without @promokit/engine; the embedded entry throws EngineNotInstalledError', () => {
  // An install of the built package with its runtime dependencies and no engine beside it.
  const installed = join(dir, 'node_modules', '@promokit', 'bff');
  mkdirSync(installed, { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(installed, 'package.json'));
  cpSync(join(packageDir, 'dist'), join(installed, 'dist'), { recursive: true });
  // Its runtime dependencies as its package.json lists them, so a new one is never left out here.
  const { dependencies } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(dependencies)) {
    mkdirSync(join(dir, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(packageDir, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  const script = `
    const main = await import('@promokit/bff');
    try {
      await import('@promokit/bff/embedded');
      console.log('loaded');
    } catch (error) {
      console.log(JSON.stringify({
        main: typeof main.createBff,
        typed: error instanceof main.EngineNotInstalledError,
        name: error.name,
        missing: error.missing,
        message: error.message,
      }));
    }`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  const result = JSON.parse(output) as Record<string, unknown>;
  expect(result).toMatchObject({
    main: 'function',
    typed: true,
    name: 'EngineNotInstalledError',
    missing: 'engine',
  });
  expect(result.message).toContain('npm install @promokit/engine');
});
