import { PromoError } from '@promokit/core';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

import type { BffEnv } from './bff-env.js';

/** Who may call the BFF from a browser: the settings of {@link originGuard}. */
export interface OriginPolicy {
  /** Origins of other sites whose pages may call the BFF, with credentials, over CORS. */
  allowedOrigins?: readonly string[] | undefined;
  /** The one origin shoppers reach the BFF at; when unset, the request tells it. */
  publicOrigin?: string | undefined;
  /** Believe `X-Forwarded-Host` and `X-Forwarded-Proto`, set by a proxy in front of the BFF. */
  trustProxy?: boolean | undefined;
}

/** An origin the request may come from, and what told the BFF so. */
interface Expected {
  origin: string;
  from: string;
}

/**
 * Guards the BFF against pages of other sites acting with the shopper's cookies (CSRF), and opens
 * it to the pages of `allowedOrigins` over CORS.
 *
 * - A request whose `Origin` is in `allowedOrigins` gets CORS answers from Hono's `cors`
 *   middleware: a preflight (`OPTIONS`) is answered 204 with `Access-Control-Allow-Methods` and
 *   `-Allow-Headers`, and every answer carries `Access-Control-Allow-Origin` with that exact origin
 *   (never `*`, as the kit's client sends credentials), `-Allow-Credentials: true`, and exposes
 *   `Retry-After` and `X-Request-Id`. Other origins get no `Access-Control-*` header; with
 *   `allowedOrigins` set, every answer varies by `Origin`.
 * - A state-changing request (not `GET` or `HEAD`), or a preflight, from any other origin is
 *   refused with 403 `forbidden` unless its `Origin` is the BFF's own: `publicOrigin` when set;
 *   otherwise the request's `Host` (with the request URL's scheme), with `trustProxy` also
 *   `X-Forwarded-Host` and `X-Forwarded-Proto` (their first entries), and the request URL's origin.
 *   `Origin: null` (sandboxed frames, files) is never the BFF's own. Lacking `Origin`, a request the
 *   browser marks `Sec-Fetch-Site: cross-site` or `same-site` is refused; with neither header it
 *   comes from a server, carries no ambient credentials, and passes.
 * - A refusal says why, in its JSON body and a `warn` log line: the origin seen and those expected.
 *
 * @throws TypeError naming the setting, when an entry of `allowedOrigins` or `publicOrigin` is not
 *   an origin (`https://shop.example`, optionally `:port`; no path, no `*`, not `null`).
 */
export function originGuard(policy: OriginPolicy): MiddlewareHandler<BffEnv> {
  const allowed = new Set((policy.allowedOrigins ?? []).map((given) => asOrigin('allowedOrigins', given)));
  const fixed = policy.publicOrigin === undefined ? undefined : asOrigin('publicOrigin', policy.publicOrigin);
  const trustProxy = policy.trustProxy ?? false;
  const openToOrigins = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'HEAD', 'POST'],
    exposeHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });

  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && allowed.has(origin)) return openToOrigins(c, next);
    const preflight =
      c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    const unsafe = c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS';
    if (preflight || unsafe) {
      const expected = fixed ? [{ origin: fixed, from: 'publicOrigin' }] : expectedOrigins(c, trustProxy);
      const refusal = refuse(origin, c.req.header('sec-fetch-site'), expected, allowed, preflight);
      if (refusal) {
        c.get('log').warn(
          {
            origin: origin ?? null,
            secFetchSite: c.req.header('sec-fetch-site') ?? null,
            expected,
            allowedOrigins: [...allowed],
          },
          'origin refused',
        );
        throw new PromoError('forbidden', refusal, { status: 403 });
      }
    }
    await next();
    if (allowed.size) c.header('Vary', 'Origin', { append: true });
  };
}

/** Why the request is refused, or `undefined` when it may go on. */
function refuse(
  origin: string | undefined,
  fetchSite: string | undefined,
  expected: readonly Expected[],
  allowed: ReadonlySet<string>,
  preflight: boolean,
): string | undefined {
  const others = allowed.size ? `, or one of allowedOrigins (${[...allowed].join(', ')})` : '';
  const own = expected.map(({ origin: value, from }) => `${value} (from ${from})`).join(' or ');
  if (origin === undefined) {
    if (fetchSite !== 'cross-site' && fetchSite !== 'same-site') return undefined;
    return `A ${fetchSite} browser request without an Origin header may not call the promotions service`;
  }
  if (preflight) {
    return `Origin ${origin} may not call the promotions service across origins: it is not in allowedOrigins${allowed.size ? ` (${[...allowed].join(', ')})` : ', which is empty'}`;
  }
  if (expected.some((entry) => entry.origin === origin)) return undefined;
  return `Origin ${origin} may not call the promotions service: expected ${own}${others}. Behind a proxy or a framework that rewrites the request URL, set publicOrigin, or trustProxy when the proxy sets X-Forwarded-Host and X-Forwarded-Proto`;
}

/** The BFF's own origin as this request tells it. */
function expectedOrigins(c: Context<BffEnv>, trustProxy: boolean): Expected[] {
  const url = new URL(c.req.url);
  const scheme = url.protocol.slice(0, -1);
  const host = c.req.header('host');
  const candidates: [string | undefined, string][] = [];
  if (trustProxy) {
    const forwardedHost = firstEntry(c.req.header('x-forwarded-host'));
    const forwardedProto = firstEntry(c.req.header('x-forwarded-proto'));
    if (forwardedHost || forwardedProto) {
      candidates.push([
        originOf(forwardedProto ?? scheme, forwardedHost ?? host ?? url.host),
        'X-Forwarded-Host and X-Forwarded-Proto',
      ]);
    }
  }
  if (host) candidates.push([originOf(scheme, host), 'the Host header']);
  candidates.push([url.origin, 'the request URL']);
  const seen = new Set<string>();
  return candidates.flatMap(([origin, from]) => {
    if (origin === undefined || origin === 'null' || seen.has(origin)) return [];
    seen.add(origin);
    return [{ origin, from }];
  });
}

function firstEntry(header: string | undefined): string | undefined {
  return header?.split(',')[0]?.trim() || undefined;
}

/** The serialized origin of `scheme://host`, or `undefined` when that is no URL. */
function originOf(scheme: string, host: string): string | undefined {
  if (!/^https?$/i.test(scheme)) return undefined;
  try {
    return new URL(`${scheme.toLowerCase()}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/** `given` as browsers send it in `Origin` (lowercase, no default port); a trailing slash is forgiven. */
function asOrigin(setting: string, given: string): string {
  let url: URL | undefined;
  try {
    url = new URL(given.trim().replace(/\/+$/, ''));
  } catch {
    url = undefined;
  }
  if (!url || url.origin === 'null' || url.href !== `${url.origin}/`) {
    throw new TypeError(
      `${setting}: ${JSON.stringify(given)} is not an origin; write scheme, host and port only, e.g. https://shop.example or http://localhost:3000`,
    );
  }
  return url.origin;
}
