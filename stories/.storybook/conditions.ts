import { defaultClientConditions, defaultServerConditions } from 'vite';

/** Workspace packages resolve to their TypeScript sources (see each package's `exports`). */
export const sourceConditions = {
  resolve: { conditions: ['@promokit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@promokit/source', ...defaultServerConditions] } },
};
