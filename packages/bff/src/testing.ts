import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { demoSeedPath, loadSeedFile } from '@promokit/engine';

import catalog from './demo-catalog.json' with { type: 'json' };
import { jsonCatalog } from './catalog.js';
import { type BffOptions, createBff } from './create-bff.js';
import { embeddedUpstream } from './embedded-upstream.js';

/**
 * The BFF over the embedded engine on a fresh SQLite file with the demo seed and catalog, for
 * testing a storefront against the real stack in-process: pass `fetch` to `createPromoClient`.
 */
export function demoBff(options: Partial<BffOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-'));
  const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed: loadSeedFile(demoSeedPath) });
  const app = createBff({ upstream, catalog: jsonCatalog(catalog.currency, catalog.products), ...options });
  return {
    app,
    /** A fetch that reaches the BFF in memory, for `createPromoClient({ fetch })`. */
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      Promise.resolve(app.fetch(new Request(input, init))),
    close() {
      upstream.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
