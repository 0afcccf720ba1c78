import { PromoError } from '@promokit/core';
import type { MiddlewareHandler } from 'hono';

/**
 * Refuses state-changing requests sent by a browser from a foreign origin, so no page elsewhere can
 * act with the shopper's session cookie (CSRF). A request is foreign when its `Origin` header is
 * neither the BFF's own origin nor in `allowedOrigins`, or, lacking `Origin`, when the browser marks
 * it `Sec-Fetch-Site: cross-site`. Requests without either header come from servers, not browsers,
 * and carry no ambient credentials; they pass. Answers 403 `forbidden`.
 */
export function originGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, '')));
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const origin = c.req.header('origin');
    const foreign =
      origin === undefined
        ? c.req.header('sec-fetch-site') === 'cross-site'
        : origin !== new URL(c.req.url).origin && !allowed.has(origin);
    if (foreign)
      throw new PromoError('forbidden', 'Requests from this origin are not allowed', { status: 403 });
    return next();
  };
}
