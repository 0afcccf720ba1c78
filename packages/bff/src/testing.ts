import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import { type Seed, demoSeed } from '@promokit/engine';
import { Hono } from 'hono';
import { pino } from 'pino';

import { jsonCatalog } from './catalog.js';
import { cookieSession } from './identity/cookie-session.js';
import { type Bff, type BffOptions, createBff } from './create-bff.js';
import catalog from './demo-catalog.json' with { type: 'json' };
import { DEMO_PERSONAS } from './identity/demo-personas.js';
import { embeddedUpstream } from './embedded-upstream.js';
import type { Upstream } from './upstream.js';

/** Where {@link demoBff} and {@link startDemoBff} mount the BFF, as a storefront would. */
export const DEMO_BFF_PATH = '/api/promotions';

/** Signs the demo's session cookies; a demo secret, never for production. */
export const DEMO_SESSION_SECRET = 'promokit-demo-session-secret-not-for-production';

/** The demo BFF in memory: see {@link demoBff}. */
export interface DemoBff {
  /** The BFF itself, routes at its root (`/validate`). */
  app: Bff;
  /** A site with the BFF mounted at {@link DEMO_BFF_PATH}. */
  site: Hono;
  /** A fetch that reaches `site` in memory: pass it to `createPromoClient({ fetch })`. */
  fetch: typeof fetch;
  /** The embedded engine the BFF calls, to read what it booked (`upstream.order(orderId)`). */
  upstream: Upstream;
  /** Closes the engine and deletes its database. */
  close(): void;
}

/** Options of {@link demoBff} and {@link startDemoBff}: the BFF's, and the engine's seed. */
export interface DemoBffOptions extends Partial<BffOptions> {
  /** The engine's seed; default the demo seed (`demoSeed()`); e.g. `parseSeed` of it with campaigns added. */
  seed?: Seed;
}

/**
 * The BFF over the embedded engine on a fresh SQLite file with the demo seed and catalog, and the
 * demo's signed-cookie session with its personas, for testing a storefront against the real stack
 * in-process. The demo project is case-insensitive (its seed's `case_sensitive_codes: false`), and
 * so is this BFF: a storefront gives its `PromoProvider` `codeMatching={caseInsensitiveCodes}`.
 * `caseSensitiveCodes: true` makes both the engine's project and the BFF case-sensitive.
 */
export function demoBff({ seed = demoSeed(), ...options }: DemoBffOptions = {}): DemoBff {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-'));
  const caseSensitiveCodes = options.caseSensitiveCodes ?? false;
  const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed, caseSensitiveCodes });
  const app = createBff({
    upstream,
    catalog: jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }),
    currency: catalog.currency,
    logger: pino({ level: 'silent' }),
    // Test suites share one address; a shared guess budget would make them depend on each other.
    attempts: { perIp: 1000 },
    caseSensitiveCodes,
    session: cookieSession({ secret: DEMO_SESSION_SECRET, personas: DEMO_PERSONAS, secure: false }),
    ...options,
  });
  const site = new Hono().route(DEMO_BFF_PATH, app);
  return {
    app,
    site,
    fetch: (input, init) => Promise.resolve(site.fetch(new Request(input, init))),
    upstream,
    close() {
      upstream.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A demo BFF listening on a local port; `url` is the base URL to give `createPromoClient`. */
export interface RunningDemoBff {
  url: string;
  /** The embedded engine the BFF calls (see {@link DemoBff.upstream}). */
  upstream: Upstream;
  close(): Promise<void>;
}

/** Starts {@link demoBff} on a free port of 127.0.0.1, e.g. from a test runner's global setup. */
export function startDemoBff(options: DemoBffOptions = {}): Promise<RunningDemoBff> {
  const bff = demoBff(options);
  return new Promise((resolve) => {
    const server = serve({ fetch: bff.site.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}${DEMO_BFF_PATH}`,
        upstream: bff.upstream,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            bff.close();
          }),
      });
    });
  });
}
