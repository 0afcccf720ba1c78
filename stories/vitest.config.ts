import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';

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
        launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
