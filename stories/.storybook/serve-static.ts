// Serves the static Storybook build (`storybook-static/`, from `pnpm build-storybook`) with the demo
// BFF and engine at `/api/promotions` on the same origin, as the stories expect: a built Storybook
// to review with real data, without the dev server. PORT picks the port (default 6007).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { demoBff } from '@promokit/bff/testing';

const root = new URL('../storybook-static/', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error('No static build at stories/storybook-static: run `pnpm build-storybook` first.');
  process.exit(1);
}

const bff = demoBff();
bff.site.use('/*', serveStatic({ root }));
const server = serve(
  { fetch: bff.site.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT ?? 6007) },
  (info: AddressInfo) =>
    console.info(`Storybook (static build) with the demo BFF: http://127.0.0.1:${info.port}/`),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => (bff.close(), process.exit(0))));
}
