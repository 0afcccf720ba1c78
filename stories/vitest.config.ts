import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { promokitBff } from './.storybook/bff-plugin.js';
import { workspaceViteConfig } from './.storybook/workspace-vite-config.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every story runs as a test (render, play function, axe) in Debian's Chromium. */
export default defineConfig({
  ...workspaceViteConfig,
  plugins: [storybookTest({ configDir: join(here, '.storybook') }), promokitBff()],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.PROMOKIT_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
