/**
 * `promokit-bff`: the BFF as a Node server, configured by its environment.
 *
 * - Upstream: with VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN, Voucherify at VOUCHERIFY_URL (default
 *   https://api.voucherify.io), paying with loyalty points through VOUCHERIFY_LOYALTY_REWARDS
 *   (`camp_…=rew_…,…`); otherwise the embedded engine with the demo seed in PROMOKIT_ENGINE_DB
 *   (default ./promokit-engine.sqlite), which needs `@promokit/engine` installed (an optional peer
 *   dependency; without it the server stops with EngineNotInstalledError).
 * - PROMOKIT_CATALOG: a JSON catalog ({ currency, products: [{ id, name, price }] }); default the
 *   demo catalog. Its `currency` is the BFF's (an unknown one stops the server at start-up).
 * - PROMOKIT_SESSION_SECRET (32+ characters): signed-cookie sessions with the demo personas;
 *   PROMOKIT_COOKIE_SECURE=false drops the cookie's `Secure` flag for plain-HTTP local demos.
 * - PROMOKIT_JWT_SECRET, PROMOKIT_JWT_PUBLIC_KEY or PROMOKIT_JWT_JWKS_URL, with PROMOKIT_JWT_ISSUER,
 *   PROMOKIT_JWT_AUDIENCE, PROMOKIT_JWT_COOKIE, PROMOKIT_JWT_SOURCE_ID_CLAIM and
 *   PROMOKIT_JWT_METADATA_CLAIMS: shoppers identified by the JWT the storefront's sign-in server
 *   signs (see `jwtOptionsFromEnv`), instead of demo personas; setting both stops the server.
 *   With neither, every shopper is a guest.
 * - VOUCHERIFY_WEBHOOK_SECRET: enables `POST /webhooks/voucherify` and live updates.
 * - PROMOKIT_CASE_SENSITIVE_CODES=true|false: the upstream project's `case_sensitive_codes`;
 *   default the embedded demo seed's (`false`), or `true` for Voucherify.
 * - PROMOKIT_ALLOWED_ORIGINS: comma-separated origins whose pages may call the BFF.
 * - REDIS_URL: share limits, locks, redeem results and live updates with other instances.
 * - PROMOKIT_TRUST_PROXY=true: believe `x-forwarded-for` (client address) and `x-forwarded-host`/
 *   `-proto` (the public origin), behind a proxy that sets them.
 * - HOST:PORT to listen on (default 127.0.0.1:4180), under /api/promotions.
 *
 * The start-up line says where it listens, which upstream it calls, and what is on.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Redis } from 'ioredis';

import { jsonCatalog } from './catalog.js';
import { cookieSession } from './identity/cookie-session.js';
import { createBff } from './create-bff.js';
import demoCatalog from './demo-catalog.json' with { type: 'json' };
import { DEMO_PERSONAS } from './identity/demo-personas.js';
import { jwtIdentity } from './identity/jwt-identity.js';
import { jwtOptionsFromEnv } from './identity/jwt-options-from-env.js';
import { EngineNotInstalledError } from './engine-not-installed-error.js';
import { loadEngine } from './load-engine.js';
import { redisStore } from './redis-store.js';
import { type Upstream, voucherifyUpstream } from './upstream.js';

const env = process.env;

/**
 * Stops the server on an {@link EngineNotInstalledError} with its message, once, and exit code 1:
 * the fix is the install's (a skipped native build, a missing peer), and the stack and the paths
 * better-sqlite3 tried say nothing more. Anything else is thrown as it is.
 */
function stop(error: unknown): never {
  if (!(error instanceof EngineNotInstalledError)) throw error;
  console.error(`promokit-bff: ${error.message}`);
  process.exit(1);
}
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

// Checked before anything opens: a misconfigured sign-in stops the server at once.
const jwtOptions = jwtOptionsFromEnv(env);
if (jwtOptions && env.PROMOKIT_SESSION_SECRET) {
  throw new Error(
    'PROMOKIT_SESSION_SECRET (demo personas) and PROMOKIT_JWT_* (your sign-in) both identify shoppers: set one',
  );
}
const identify = jwtOptions ? jwtIdentity(jwtOptions) : undefined;
// A key that cannot verify anything stops the server now, not every signed-in request later.
const jwtAlgorithms = await identify?.ready();

const catalogData = (
  env.PROMOKIT_CATALOG ? JSON.parse(readFileSync(env.PROMOKIT_CATALOG, 'utf8')) : demoCatalog
) as typeof demoCatalog;

const voucherify = Boolean(env.VOUCHERIFY_APP_ID && env.VOUCHERIFY_APP_TOKEN);
// Only the embedded engine needs @promokit/engine (an optional peer): loaded when it is the upstream.
const engine = voucherify ? undefined : await loadEngine().catch(stop);
const demoSeed = engine?.demoSeed();
function caseSensitivity(value: string | undefined): boolean {
  if (value === undefined || value === '') return demoSeed?.case_sensitive_codes ?? true;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`PROMOKIT_CASE_SENSITIVE_CODES must be true or false, not ${JSON.stringify(value)}`);
}
const caseSensitiveCodes = caseSensitivity(env.PROMOKIT_CASE_SENSITIVE_CODES);

const upstream: Upstream =
  voucherify && env.VOUCHERIFY_APP_ID && env.VOUCHERIFY_APP_TOKEN
    ? voucherifyUpstream({
        baseUrl: env.VOUCHERIFY_URL ?? 'https://api.voucherify.io',
        appId: env.VOUCHERIFY_APP_ID,
        appToken: env.VOUCHERIFY_APP_TOKEN,
        payWithPointsRewards: Object.fromEntries(
          list(env.VOUCHERIFY_LOYALTY_REWARDS).map((pair) => pair.split('=').map((part) => part.trim())),
        ),
      })
    : await import('./embedded-upstream.js')
        .then(({ embeddedUpstream }) =>
          embeddedUpstream({
            file: env.PROMOKIT_ENGINE_DB ?? 'promokit-engine.sqlite',
            ...(demoSeed ? { seed: demoSeed } : {}),
            caseSensitiveCodes,
          }),
        )
        .catch(stop);

const redis = env.REDIS_URL ? new Redis(env.REDIS_URL) : undefined;
const session = env.PROMOKIT_SESSION_SECRET
  ? cookieSession({
      secret: env.PROMOKIT_SESSION_SECRET,
      personas: DEMO_PERSONAS,
      secure: env.PROMOKIT_COOKIE_SECURE !== 'false',
    })
  : undefined;
const allowedOrigins = list(env.PROMOKIT_ALLOWED_ORIGINS);

const app = new Hono().route(
  '/api/promotions',
  createBff({
    upstream,
    catalog: jsonCatalog(catalogData.currency, catalogData.products, { shipping: catalogData.shipping }),
    currency: catalogData.currency,
    caseSensitiveCodes,
    allowedOrigins,
    trustProxy: env.PROMOKIT_TRUST_PROXY === 'true',
    guestCookie: { secure: env.PROMOKIT_COOKIE_SECURE !== 'false' },
    ...(session ? { session } : {}),
    ...(identify ? { identify } : {}),
    ...(redis ? { store: redisStore(redis) } : {}),
    ...(env.VOUCHERIFY_WEBHOOK_SECRET ? { webhookSecret: env.VOUCHERIFY_WEBHOOK_SECRET } : {}),
  }),
);
const hostname = env.HOST ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, hostname, port: Number(env.PORT ?? 4180) }, (info: AddressInfo) => {
  const features = [
    jwtOptions && jwtAlgorithms
      ? `JWT sign-in (${[
          jwtAlgorithms.join('/'),
          jwtOptions.jwksUrl ? `keys from ${String(jwtOptions.jwksUrl)}` : '',
          jwtOptions.issuer ? `iss ${[jwtOptions.issuer].flat().join(' ')}` : '',
          jwtOptions.audience ? `aud ${[jwtOptions.audience].flat().join(' ')}` : '',
          jwtOptions.cookieName ? `Bearer or cookie ${jwtOptions.cookieName}` : 'Bearer',
        ]
          .filter(Boolean)
          .join(', ')})`
      : session
        ? 'cookie sessions with demo personas'
        : 'guests only',
    env.VOUCHERIFY_WEBHOOK_SECRET ? 'webhooks' : 'no webhooks',
    redis ? 'Redis store' : 'memory store',
    allowedOrigins.length ? `origins ${allowedOrigins.join(' ')}` : 'same origin only',
    caseSensitiveCodes ? 'case-sensitive codes' : 'case-insensitive codes',
  ];
  console.info(
    `PromoKit BFF on http://${hostname}:${info.port}/api/promotions, upstream: ${upstream.name}; ${features.join(', ')}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () =>
    server.close(() => {
      upstream.close();
      redis?.disconnect();
      process.exit(0);
    }),
  );
}
