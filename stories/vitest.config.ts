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
    // Stories shop as personas through a session cookie, which every page of the browser shares.
    fileParallelism: false,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        // The confirmation's "Copy code" writes to the clipboard, and its story reads it back.
        contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
        launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
