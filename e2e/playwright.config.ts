import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';

const port = Number(process.env.PROMOKIT_E2E_PORT ?? 4273);
const nextPort = Number(process.env.PROMOKIT_E2E_NEXT_PORT ?? 4283);

/**
 * Journeys in Debian's Chromium through the demo store, built and started as `npm run demo` does,
 * and through the Next.js store (`apps/next-store`), built with `next build` and served by
 * `next start` on its own port with a fresh engine file.
 */
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
  },
  projects: [
    {
      name: 'demo-store',
      testMatch: '*.spec.ts',
      testIgnore: 'next-store/**',
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'next-store',
      testMatch: 'next-store/*.spec.ts',
      // Not `localhost`, the URL Next.js gives route handlers: the BFF must take its origin from Host.
      use: { baseURL: `http://127.0.0.1:${nextPort}` },
    },
  ],
  webServer: [
    {
      command: 'pnpm --filter @promokit/demo-store demo',
      url: `http://127.0.0.1:${port}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      env: { PORT: String(port), PROMOKIT_DEMO_DB: join(tmpdir(), `promokit-e2e-${port}.sqlite`) },
    },
    {
      command: `pnpm --filter @promokit/next-store build && pnpm --filter @promokit/next-store start --port ${nextPort} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${nextPort}/cart`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        // A new engine file each run, created by the first request, never by the build.
        PROMOKIT_ENGINE_DB: join(tmpdir(), `promokit-e2e-next-${nextPort}-${Date.now()}.sqlite`),
      },
    },
  ],
});
