import type { Context } from 'hono';

/** How the BFF tells client addresses apart, for rate limits. */
export type ClientIp = (c: Context) => string;

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address: the socket's peer under `@hono/node-server`, or with `trustProxy` the
 * first `x-forwarded-for` entry (set it only behind a proxy that overwrites that header). Requests
 * with no known address share the `unknown` bucket.
 */
export function clientIp(trustProxy: boolean): ClientIp {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
  };
}
