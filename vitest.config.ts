import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources in tests (see each package's `exports`). */
const source = '@promokit/source';

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  // Vitest runs global setups (the demo BFF for jsdom tests) in its own server-side environment.
  environments: { __vitest__: { resolve: { conditions: [source, ...defaultServerConditions] } } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Voucherify's spec for the wire tests: a copy beside the checkout, else a verified download.
          globalSetup: ['packages/voucherify/src/test-support/reference-global-setup.ts'],
          include: [
            'packages/{core,voucherify,engine,bff}/src/**/*.test.ts',
            '.ci/*.test.ts',
            'apps/*/server/**/*.test.ts',
          ],
          // Type tests (`*.test-d.ts`); errors outside them are the root `tsc` run's to report.
          typecheck: {
            enabled: true,
            include: ['packages/bff/src/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
            ignoreSourceErrors: true,
          },
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
