import { fileURLToPath } from 'node:url';

import type { NextConfig } from 'next';

/**
 * The store takes the PromoKit packages as a storefront installs them: through their `exports`
 * (built `dist`), never their sources, since Next.js does not know the workspace's
 * `@promokit/source` condition. The monorepo root is the root for tracing and Turbopack, so the
 * linked packages outside this folder resolve.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

const config: NextConfig = {
  // As create-next-app sets it: Next.js 16's prerendering of everything not marked dynamic.
  cacheComponents: true,
  outputFileTracingRoot: root,
  turbopack: { root },
};

export default config;
