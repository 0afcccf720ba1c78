import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

import { promokitBff } from './bff-plugin.js';
import { workspaceViteConfig } from './workspace-vite-config.js';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { ...workspaceViteConfig, plugins: [promokitBff()] }),
};

export default config;
