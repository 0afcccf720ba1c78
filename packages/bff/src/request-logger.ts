import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

import type { BffEnv } from './bff-env.js';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives each request an id (the caller's `x-request-id` when well formed, a new UUID otherwise),
 * sends it back as `x-request-id`, hands routes a child logger carrying it, and logs one JSON line
 * per request with its method, path, status and duration.
 */
export function requestLogger(logger: Logger): MiddlewareHandler<BffEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : globalThis.crypto.randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const start = performance.now();
    await next();
    c.header('x-request-id', requestId);
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 100) / 100,
      },
      'request',
    );
  };
}
