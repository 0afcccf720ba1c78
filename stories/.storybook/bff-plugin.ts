import type { Plugin } from 'vite';

import type * as StoryBff from './story-bff.js';

/** Mounts the real BFF and engine at `/api/promotions` in the dev server that serves the stories. */
export function promokitBff(): Plugin {
  return {
    name: 'promokit-story-bff',
    apply: 'serve',
    async configureServer(server) {
      // Loaded through Vite so that workspace packages resolve to their TypeScript sources.
      const storyBff = (await server.ssrLoadModule(
        new URL('./story-bff.ts', import.meta.url).pathname,
      )) as typeof StoryBff;
      const listener = storyBff.createStoryBffListener();
      server.middlewares.use('/api/promotions', (req, res) => void listener(req, res));
    },
  };
}
