import { defaultClientConditions, defaultServerConditions } from 'vite';

/**
 * Vite settings shared by Storybook and its Vitest project: workspace packages resolve to their
 * TypeScript sources (see each package's `exports`), and the engine's native SQLite binding is
 * loaded by Node rather than transformed.
 */
export const workspaceViteConfig = {
  resolve: { conditions: ['@promokit/source', ...defaultClientConditions] },
  ssr: {
    resolve: { conditions: ['@promokit/source', ...defaultServerConditions] },
    external: ['better-sqlite3'],
  },
};
