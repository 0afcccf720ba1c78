import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources in tests (see each package's `exports`). */
const source = '@promokit/source';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Voucherify's official spec and examples, which wire tests read in place: `../shared/voucherify`
 * beside this checkout, or beside the repository it was cloned from, or PROMOKIT_VOUCHERIFY_DIR.
 */
function voucherifyReferenceDir(): string {
  if (process.env.PROMOKIT_VOUCHERIFY_DIR) return process.env.PROMOKIT_VOUCHERIFY_DIR;
  const candidates = [resolve(root, '../shared/voucherify')];
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    if (existsSync(origin)) candidates.push(resolve(origin, '../shared/voucherify'));
  } catch {
    // Not a clone of a local repository.
  }
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  // Vitest runs global setups (the demo BFF for jsdom tests) in its own server-side environment.
  environments: { __vitest__: { resolve: { conditions: [source, ...defaultServerConditions] } } },
  test: {
    env: { PROMOKIT_VOUCHERIFY_DIR: voucherifyReferenceDir() },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/{core,voucherify,engine,bff}/src/**/*.test.ts',
            '.ci/*.test.ts',
            'apps/*/server/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          globalSetup: ['packages/bff/src/testing-global-setup.ts'],
          setupFiles: ['packages/react/src/test-support/dom-setup.ts'],
          include: ['packages/{react,ui}/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}'],
          // Type tests (`*.test-d.ts`, `*.test-d.tsx`); errors outside them are the root `tsc` run's to report.
          typecheck: {
            enabled: true,
            include: ['packages/{react,ui}/src/**/*.test-d.{ts,tsx}'],
            tsconfig: 'tsconfig.json',
            ignoreSourceErrors: true,
          },
        },
      },
      'stories/vitest.config.ts',
    ],
  },
});
