import type { Context } from 'hono';

import type { AttemptLimiter, AttemptScope } from './attempt-limiter.js';
import type { Catalog } from './catalog.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import type { ClientIp } from './client-ip.js';
import type { Identify, SessionOf, Shopper } from './identity.js';
import type { BffStore } from './store.js';
import type { Upstream } from './upstream.js';

/** What every route works with, assembled once by `createBff`. */
export interface BffRuntime {
  upstream: Upstream;
  catalog: Catalog;
  identify: Identify;
  sessionOf: SessionOf;
  store: BffStore;
  limiter: AttemptLimiter;
  breaker: CircuitBreaker;
  clientIp: ClientIp;
}

/** Who sends a request: the shopper (null for a guest), their session and their address. */
export interface Caller extends AttemptScope {
  shopper: Shopper | null;
}

/** The {@link Caller} of `c`, from the server's own identity hooks only. */
export async function callerOf(runtime: BffRuntime, c: Context): Promise<Caller> {
  const [shopper, sessionId] = await Promise.all([runtime.identify(c.req.raw), runtime.sessionOf(c.req.raw)]);
  return {
    shopper,
    sessionId: sessionId ?? (shopper ? `customer:${shopper.sourceId}` : null),
    ip: runtime.clientIp(c),
  };
}
