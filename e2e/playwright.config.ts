import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';

const port = Number(process.env.PROMOKIT_E2E_PORT ?? 4273);

/** Journeys through the demo store, built and started as `npm run demo` does, in Debian's Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
  },
  webServer: {
    command: 'pnpm --filter @promokit/demo-store demo',
    url: `http://127.0.0.1:${port}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    env: { PORT: String(port), PROMOKIT_DEMO_DB: join(tmpdir(), `promokit-e2e-${port}.sqlite`) },
  },
});
