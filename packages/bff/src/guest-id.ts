import type { MiddlewareHandler } from 'hono';
import { encodeBase64Url } from 'hono/utils/encode';

import type { BffEnv } from './bff-env.js';

/** Options of the anonymous guest id cookie (`BffOptions.guestCookie`). */
export interface GuestCookieOptions {
  /** Default `promokit_guest`. */
  name?: string;
  /** Mark the cookie `Secure` (HTTPS only); default the session cookie's setting, else `true`. */
  secure?: boolean;
  /** Cookie lifetime in seconds; default 30 days. */
  maxAgeSeconds?: number;
}

/** Requests that change nothing, and own nothing: no id is given on them. */
const READS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 32 random bytes, base64url: 43 characters. */
const GUEST_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * Gives every browser an anonymous guest id, so that what a guest does is theirs alone: the orders
 * they place (only they may read, settle or roll one back) and the failed code attempts counted
 * per guest as well as per address. The id is 32 random bytes (unguessable), kept in an
 * `HttpOnly`, `SameSite=Lax` cookie; a request carrying a well-formed one is that guest's. A
 * state-changing request (a `POST`) without one that comes from a browser (it carries `Origin` or
 * `Sec-Fetch-Site`, which browsers send and pages cannot forge) gets a new one, set on its answer,
 * and is that guest's already. A request from no browser (a server of the store's, a script) carries no id: it owns
 * nothing and can act on no owned order. Sets `guestId` for the routes (`null` without one).
 */
export function guestIds(options: GuestCookieOptions = {}): MiddlewareHandler<BffEnv> {
  const name = options.name ?? 'promokit_guest';
  const maxAge = options.maxAgeSeconds ?? 30 * 24 * 3600;
  const secure = (options.secure ?? true) ? '; Secure' : '';
  return async (c, next) => {
    const sent = cookieValue(c.req.header('cookie'), name);
    const known = sent !== undefined && GUEST_ID.test(sent) ? sent : null;
    const browser = c.req.header('origin') !== undefined || c.req.header('sec-fetch-site') !== undefined;
    const minted = known === null && browser && !READS.has(c.req.method) ? newGuestId() : null;
    c.set('guestId', known ?? minted);
    await next();
    if (minted !== null) {
      // Through `c.header`, which answers anew: a Node server writes headers set on the answer itself as it was made.
      c.header(
        'set-cookie',
        `${name}=${minted}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`,
        {
          append: true,
        },
      );
    }
  };
}

function newGuestId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return encodeBase64Url(bytes.buffer).replace(/=+$/, '');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
