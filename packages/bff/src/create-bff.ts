import { anySignal } from 'any-signal';
import { PromoError, caseInsensitiveCodes, caseSensitiveCodes, promoErrorBody } from '@promokit/core';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';

import { type AttemptLimits, attemptLimiter } from './attempt-limiter.js';
import type { BffEnv } from './bff-env.js';
import { type BffOrders, bffOrders } from './bff-orders.js';
import type { BffRuntime } from './bff-runtime.js';
import type { Catalog } from './catalog.js';
import { type CircuitBreakerOptions, circuitBreaker } from './circuit-breaker.js';
import { clientIp } from './client-ip.js';
import type { CookieSession } from './identity/cookie-session.js';
import { currencyUpstream } from './currency-upstream.js';
import { defaultLogger } from './default-logger.js';
import { type GuestCookieOptions, guestIds } from './guest-id.js';
import { statusOf } from './http-errors.js';
import { type Identify, type SessionOf, guestIdentity } from './identity/identity.js';
import { invalidationHub } from './invalidation-hub.js';
import { memoryStore } from './memory-store.js';
import { moneyScale } from './money-scale.js';
import { originGuard } from './origin-guard.js';
import { requestLogger } from './request-logger.js';
import { eventsRoute } from './routes/events.js';
import { qualificationsRoute } from './routes/qualifications.js';
import { redeemRoute } from './routes/redeem.js';
import { rollbackRoute } from './routes/rollback.js';
import { trackRoute } from './routes/track.js';
import { validateRoute } from './routes/validate.js';
import { stackRanks } from './settle-stack.js';
import { walletRoute } from './routes/wallet.js';
import { webhooksRoute } from './routes/webhooks.js';
import type { BffStore } from './store.js';
import type { Upstream } from './upstream.js';
import { type UpstreamBudgets, upstreamBudgets } from './upstream-budgets.js';

/** Options of {@link createBff}. */
export interface BffOptions {
  /** Voucherify or the embedded engine. */
  upstream: Upstream;
  /** Prices carts; prices sent by the browser are never used. */
  catalog: Catalog;
  /**
   * The ISO 4217 code of the currency the catalog prices carts in and the Voucherify project counts
   * in, e.g. `"USD"`. The kit's amounts are its ISO minor units; Voucherify's are the amount × 100
   * whatever the currency, and the BFF converts between them at its upstream boundary, rounding
   * toward zero where digits are lost (the README's "Currency" section). A cart the catalog prices
   * in another currency fails the request with a server error.
   */
  currency: string;
  /**
   * The upstream project's `case_sensitive_codes` setting, mirrored: whether `Sp7x-kQ2m` and
   * `SP7X-KQ2M` are two codes. Default `true`, Voucherify's setting in its project examples and
   * the one that never takes two of a project's codes for one. With `false`, the BFF compares
   * codes with full Unicode case folding (`fußball5` is `FUSSBALL5`), as `caseInsensitiveCodes`.
   * Either way codes go upstream as typed (trimmed, in NFC), answers name each code as the shopper
   * typed it, and duplicates are found as the project finds them. Give `PromoProvider` the same
   * choice (`codeMatching`).
   */
  caseSensitiveCodes?: boolean;
  /**
   * Who is shopping, from the request; defaults to `session`'s, else everyone is a guest.
   * {@link jwtIdentity} takes the customer from a JWT the storefront's sign-in server signs. A
   * hook may refuse a request by throwing PromoError `unauthorized` (answered 401 with the error
   * body, and logged with its reason).
   */
  identify?: Identify;
  /**
   * A signed-cookie session ({@link cookieSession}): gives `identify` and `sessionOf` their
   * defaults and adds `GET`/`POST /session` to switch persona.
   */
  session?: CookieSession;
  /**
   * The shopper's session id, from the request; defaults to `session`'s. Without one, the
   * signed-in customer, else the browser's guest id, scopes attempt limits and owns orders.
   */
  sessionOf?: SessionOf;
  /**
   * The cookie keeping each browser's anonymous guest id, which owns a guest's orders and scopes
   * their failed attempts beside their address (see {@link guestIds}): its name (default
   * `promokit_guest`), `Secure` flag (default the session's, else `true`) and lifetime (30 days).
   */
  guestCookie?: GuestCookieOptions;
  /** Largest accepted request body in bytes; default 16 KiB. */
  maxBodyBytes?: number;
  /**
   * Origins of other sites whose pages may call the BFF from a browser, with the shopper's
   * cookies (`https://shop.example`, `http://localhost:5173`). They get CORS answers: preflights
   * answered, `Access-Control-Allow-Origin` with their exact origin and
   * `Access-Control-Allow-Credentials: true`. State-changing browser requests from any origin that
   * is neither one of these nor the BFF's own (see `publicOrigin`) get 403 `forbidden`, saying
   * which origin was seen and which were expected.
   *
   * @throws TypeError from `createBff` for an entry that is not an origin (a path, `*`, `null`).
   */
  allowedOrigins?: readonly string[];
  /**
   * The origin shoppers' browsers reach the BFF at (`https://shop.example`), taken as its own
   * origin instead of what each request tells. Unset, the BFF's own origin is the request's `Host`
   * header (with the request URL's scheme), with `trustProxy` also `X-Forwarded-Host` and
   * `X-Forwarded-Proto`, as proxies and frameworks (Next.js route handlers, whose `request.url`
   * says `localhost`) report it. Set it where neither tells the truth, e.g. behind a TLS proxy
   * that sets no `X-Forwarded-Proto`.
   *
   * @throws TypeError from `createBff` when it is not an origin.
   */
  publicOrigin?: string;
  /**
   * Where limits, locks and redeem results live; default {@link memoryStore} (one instance). With
   * {@link redisStore}, webhook invalidations also reach the storefronts of every instance.
   */
  store?: BffStore;
  /** Failed code attempts allowed per session and per IP address. */
  attempts?: AttemptLimits;
  /**
   * When to stop calling a failing upstream: after 5 failures in a row (refusals, 5xx, or calls
   * that ran out of time while nothing at all was answered), for 1 s before a probe may go; a 429
   * for its `Retry-After`. A slow upstream that still answers never opens it (see {@link circuitBreaker}).
   */
  circuitBreaker?: CircuitBreakerOptions;
  /**
   * How long after a redemption the BFF could not confirm (its call timed out, its connection
   * dropped, upstream answered 5xx) that redemption may still land upstream, in milliseconds;
   * default 30 000, the longest a redemption is waited for plus the time a request may sit in
   * upstream's queue. Until then the order is not redeemed again: a retry finds the redemption
   * booked and answers `redeemed`, or answers `unknown` again. Afterwards a retry that finds
   * nothing booked redeems the order anew.
   */
  lateRedemptionMs?: number;
  /**
   * How long after its redemption the shopper's browser may roll back an order (`POST /rollback`,
   * for a failed payment), in milliseconds; default 1 800 000 (30 minutes, a payment page's
   * lifetime). Once the store marks the order paid (`orders.paid`) the browser no longer can, even
   * within it; `0` leaves every rollback to the store's server (`orders.rollback`). So a shopper
   * cannot take back a paid order's single-use code, gift card credit or points.
   *
   * @throws RangeError from `createBff` when not a non-negative number.
   */
  rollbackWindowMs?: number;
  /**
   * Believe the `X-Forwarded-For` (client address, for attempt limits: its last entry, the one the
   * proxy in front wrote, port dropped; see {@link clientIp}), `X-Forwarded-Host` and
   * `X-Forwarded-Proto` (the BFF's own origin, see `publicOrigin`: first entries) headers. Set it
   * only behind a proxy that overwrites them: anyone else can send them. Default `false`.
   */
  trustProxy?: boolean;
  /**
   * Time one request may spend on upstream calls, all of them together, in milliseconds: one number
   * for every route, or each route's ({@link UpstreamBudgets}), default 9000 for `/redeem` and 2500
   * for the rest. A request past its budget is answered as in an outage, except that the circuit
   * breaker does not count it against an upstream that is answering others.
   *
   * @throws TypeError for an unknown route, RangeError for a budget that is not a positive whole
   *   number of milliseconds (from `createBff`).
   */
  upstreamBudgetMs?: number | UpstreamBudgets;
  /** Structured JSON logs; default {@link defaultLogger}: pino at `info`, each line at once. */
  logger?: Logger;
  /**
   * The secret of the Voucherify project's webhook: enables `POST /webhooks/voucherify`, whose
   * events reach storefronts over `GET /events`.
   */
  webhookSecret?: string;
}

/**
 * The BFF: a Hono app serving the kit's routes, and {@link BffOrders} for the store's own server
 * (`bff.orders.paid(orderId)` once a payment succeeds, `bff.orders.rollback(orderId)` for refunds).
 */
export type Bff = Hono<BffEnv> & { readonly orders: BffOrders };

const WEBHOOK_PATH = '/webhooks/voucherify';

/** Largest webhook body accepted: Voucherify's events carry whole orders. */
const MAX_WEBHOOK_BYTES = 512 * 1024;

/**
 * Creates the PromoKit BFF: a Hono app whose routes are the kit contract of `@promokit/core`.
 * Mount it anywhere (`app.route('/api/promotions', createBff(...))`) or serve its `fetch` from any
 * fetch runtime.
 *
 * @throws TypeError when `currency` is missing, RangeError naming it when ISO 4217 has no such code;
 *   TypeError naming `allowedOrigins` or `publicOrigin` when an entry is not an origin;
 *   TypeError or RangeError naming the bad `upstreamBudgetMs` or `circuitBreaker` setting;
 *   RangeError when `lateRedemptionMs` or `rollbackWindowMs` is not a non-negative number.
 */
export function createBff(options: BffOptions): Bff {
  const scale = moneyScale(options.currency);
  const lateRedemptionMs = options.lateRedemptionMs ?? 30_000;
  if (!(Number.isFinite(lateRedemptionMs) && lateRedemptionMs >= 0)) {
    throw new RangeError(
      `lateRedemptionMs must be a non-negative number of milliseconds, got ${lateRedemptionMs}`,
    );
  }
  const rollbackWindowMs = options.rollbackWindowMs ?? 30 * 60_000;
  if (!(Number.isFinite(rollbackWindowMs) && rollbackWindowMs >= 0)) {
    throw new RangeError(
      `rollbackWindowMs must be a non-negative number of milliseconds, got ${rollbackWindowMs}`,
    );
  }
  const identify = options.identify ?? options.session?.identify ?? guestIdentity;
  const store = options.store ?? memoryStore();
  const runtime: BffRuntime = {
    upstream: currencyUpstream(options.upstream, scale),
    catalog: catalogIn(scale.currency, options.catalog),
    codes: options.caseSensitiveCodes === false ? caseInsensitiveCodes : caseSensitiveCodes,
    identify,
    sessionOf: options.sessionOf ?? options.session?.sessionOf ?? (() => null),
    store,
    limiter: attemptLimiter(store, options.attempts),
    breaker: circuitBreaker(options.circuitBreaker),
    lateRedemptionMs,
    rollbackWindowMs,
    clientIp: clientIp(options.trustProxy ?? false),
    customersSynced: new Map(),
    stackRanks: stackRanks(),
  };
  const app = new Hono<BffEnv>();

  app.use('*', requestLogger(options.logger ?? defaultLogger()));
  app.use(
    '*',
    originGuard({
      allowedOrigins: options.allowedOrigins,
      publicOrigin: options.publicOrigin,
      trustProxy: options.trustProxy,
    }),
  );
  app.use('*', guestIds({ secure: options.session?.secure, ...options.guestCookie }));
  const budgetOf = upstreamBudgets(options.upstreamBudgetMs);
  app.use('*', async (c, next) => {
    // A timer of the request's own rather than AbortSignal.timeout: Node may collect a timeout
    // signal that only an AbortSignal.any holds, and then it never fires. any-signal rather than
    // AbortSignal.any, which Edge runtimes lack.
    const budget = new AbortController();
    const timer = setTimeout(
      () => budget.abort(new DOMException('The upstream budget ran out', 'TimeoutError')),
      budgetOf(c.req.path),
    );
    const signal = anySignal([c.req.raw.signal, budget.signal]);
    c.set('upstreamSignal', signal);
    try {
      await next();
    } finally {
      clearTimeout(timer);
      signal.clear();
    }
  });
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new PromoError('payload_too_large', 'The request body is too large', { status: 413 });
      },
    });
  const routeLimit = limit(options.maxBodyBytes ?? 16 * 1024);
  const webhookLimit = limit(MAX_WEBHOOK_BYTES);
  app.use('*', (c, next) => (c.req.path.endsWith(WEBHOOK_PATH) ? webhookLimit : routeLimit)(c, next));

  app.post('/qualifications', qualificationsRoute(runtime));
  app.post('/validate', validateRoute(runtime));
  app.post('/redeem', redeemRoute(runtime));
  app.post('/rollback', rollbackRoute(runtime));
  app.post('/wallet', walletRoute(runtime));
  app.post('/track', trackRoute(runtime));
  if (options.session) app.route('/', options.session.routes);
  const hub = store.invalidations ?? invalidationHub();
  app.get('/events', eventsRoute(hub));
  if (options.webhookSecret) app.post(WEBHOOK_PATH, webhooksRoute(options.webhookSecret, store, hub));

  // Also a route, not only the not-found handler: a site that mounts the BFF with
  // `app.route(path, bff)` answers unknown paths under it with its own not-found handler.
  const noRoute = (c: Context<BffEnv>) => {
    throw new PromoError('not_found', `No PromoKit route ${c.req.method} ${c.req.path}`, { status: 404 });
  };
  app.all('*', noRoute);
  app.notFound(noRoute);

  app.onError((error, c) => {
    const promoError =
      error instanceof PromoError
        ? error
        : new PromoError('server', 'Internal error', { cause: error, status: 500 });
    if (statusOf(promoError) >= 500) c.get('log').error({ err: error }, 'failed');
    // A refused sign-in says why (the check that failed), never with the token or its claims.
    else if (promoError.code === 'unauthorized')
      c.get('log').warn({ reason: promoError.message, check: checkOf(promoError.cause) }, 'unauthorized');
    return c.json(promoErrorBody(promoError), statusOf(promoError) as ContentfulStatusCode);
  });

  return Object.assign(app, { orders: bffOrders(runtime) });
}

/** What a sign-in check that failed said (`ERR_JWT_EXPIRED: "exp" claim timestamp check failed`). */
function checkOf(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code;
  return `${typeof code === 'string' ? code : cause.name}: ${cause.message}`;
}

/** `catalog`, refusing a cart it prices in another currency than the BFF's. */
function catalogIn(currency: string, catalog: Catalog): Catalog {
  return {
    async price(lines) {
      const priced = await catalog.price(lines);
      if ('currency' in priced && priced.currency !== currency) {
        throw new Error(
          `The catalog priced a cart in ${priced.currency}, but the BFF's currency is ${currency}`,
        );
      }
      return priced;
    },
  };
}
