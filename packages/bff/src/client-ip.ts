import type { Context } from 'hono';

import type { BffEnv } from './bff-env.js';
import { parseAddress } from './parse-address.js';

/** How the BFF tells client addresses apart, for rate limits. */
export type ClientIp = (c: Context<BffEnv>) => string;

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address, for failed-attempt limits: the socket's peer under `@hono/node-server`,
 * or with `trustProxy` the last `X-Forwarded-For` entry, the one the proxy in front of the BFF
 * wrote. A proxy that overwrites the header writes that one entry alone; one that appends
 * (nginx's `$proxy_add_x_forwarded_for`, AWS ALB) writes it after whatever the client sent, which
 * anyone can forge, so earlier entries are never read. A port is dropped (`203.0.113.7:41234`,
 * `[2001:db8::1]:443`; see {@link parseAddress}). An entry that is no address does not make a
 * limit bucket of its own: the socket's peer is counted instead, and the first such entry is
 * logged once per instance (a proxy set up wrong). Requests with no known address share the
 * `unknown` bucket.
 */
export function clientIp(trustProxy: boolean): ClientIp {
  let warned = false;
  return (c) => {
    const peer = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
    const socket = (peer === undefined ? null : parseAddress(peer)) ?? 'unknown';
    if (!trustProxy) return socket;
    const forwarded = c.req.header('x-forwarded-for');
    if (forwarded === undefined) return socket;
    const last = forwarded.split(',').at(-1) ?? '';
    const address = parseAddress(last);
    if (address !== null) return address;
    if (!warned) {
      warned = true;
      c.get('log').warn(
        { xForwardedFor: last.trim().slice(0, 100), counted: socket },
        'x-forwarded-for entry is not an address; counting the socket address (logged once)',
      );
    }
    return socket;
  };
}
