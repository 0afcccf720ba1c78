import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { expect, it } from 'vitest';

/**
 * Resolves `@promokit/engine` as an install without it does: not found. Registered before the
 * server's own modules load, so the engine the workspace has is out of the server's reach.
 */
const withoutEngine = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(
  "export async function resolve(specifier, context, next) {" +
  "  if (specifier === '@promokit/engine') {" +
  "    throw Object.assign(new Error(\\"Cannot find package '@promokit/engine' imported from \\" + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });" +
  "  }" +
  "  return next(specifier, context);" +
  "}"
));
`)}`;

it('stops with the engine error once, no stack, and exit code 1, when the embedded engine cannot load', async () => {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@promokit/source',
      '--import',
      'tsx',
      '--import',
      withoutEngine,
      fileURLToPath(new URL('./server.ts', import.meta.url)),
    ],
    { env: { PATH: process.env.PATH ?? '', PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toBe(
    'promokit-bff: The embedded engine needs @promokit/engine, an optional peer dependency of @promokit/bff: ' +
      'install it (npm install @promokit/engine), or call Voucherify with voucherifyUpstream() from @promokit/bff, ' +
      'which needs nothing native.\n',
  );
}, 30_000);
