import { getRequestListener } from '@hono/node-server';
import { demoBff } from '@promokit/bff/testing';

/**
 * The real BFF over the embedded engine (a fresh SQLite file seeded with the demo campaigns), as a
 * Node request listener that Storybook's and Vitest's dev servers mount at `/api/promotions`.
 */
export function createStoryBffListener(): ReturnType<typeof getRequestListener> {
  return getRequestListener(demoBff().app.fetch);
}
