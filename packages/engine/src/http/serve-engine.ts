import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

import type { Engine } from '../engine.js';
import { createEngineApp, type EngineAppOptions } from './app.js';

/** Settings of {@link serveEngine}. */
export interface ServeEngineOptions extends EngineAppOptions {
  engine: Engine;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on; defaults to `127.0.0.1`. */
  hostname?: string;
}

/** A running engine HTTP server. */
export interface EngineServer {
  /** Base URL, for example `http://127.0.0.1:8787`. */
  url: string;
  /** Stops accepting requests and closes open connections. The engine stays open. */
  close(): Promise<void>;
}

/** Serves {@link createEngineApp} over HTTP with `@hono/node-server`; resolves once listening. */
export function serveEngine({
  engine,
  port,
  hostname = '127.0.0.1',
  appId,
  appToken,
}: ServeEngineOptions): Promise<EngineServer> {
  const app = createEngineApp(engine, { appId, appToken });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
