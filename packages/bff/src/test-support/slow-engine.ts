import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { serve } from '@hono/node-server';
import { createEngineApp, demoSeed, openEngine } from '@promokit/engine';

/** A request as the slow engine received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** How many requests came before it. */
  index: number;
}

/** The demo engine over HTTP, each answer held back as {@link SlowEngine.delayOf} says. */
export interface SlowEngine {
  /** Base URL to give `voucherifyUpstream`. */
  url: string;
  appId: string;
  appToken: string;
  /** How long to hold a request before the engine handles it, in milliseconds; changeable. */
  delayOf: (request: ReceivedRequest) => number;
  /** Every request received, in order. */
  readonly received: readonly ReceivedRequest[];
  /** Closes connections, waits for held requests, then closes and deletes the engine. */
  close(): Promise<void>;
}

/**
 * The demo engine on a temporary SQLite file, served on a local port like Voucherify, answering
 * every request after `delayOf(request)` milliseconds (none by default): a healthy upstream that
 * is slow, as under load. The delay comes before the engine's work, so a request given up by the
 * BFF meanwhile is still handled, as a busy Voucherify would.
 */
export function slowEngine(delayOf: SlowEngine['delayOf'] = () => 0): Promise<SlowEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-slow-'));
  const engine = openEngine({ file: join(dir, 'engine.sqlite'), seed: demoSeed() });
  const credentials = { appId: 'slow', appToken: 'slow' };
  const app = createEngineApp(engine, credentials);
  const received: ReceivedRequest[] = [];
  const held = new Set<Promise<unknown>>();
  const slow: Omit<SlowEngine, 'url' | 'close'> = { ...credentials, delayOf, received };

  const handle = async (request: Request) => {
    const entry = { method: request.method, path: new URL(request.url).pathname, index: received.length };
    received.push(entry);
    await sleep(slow.delayOf(entry));
    return app.fetch(request);
  };
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: (request) => {
          const answer = handle(request);
          held.add(answer);
          void answer.finally(() => held.delete(answer));
          return answer;
        },
        hostname: '127.0.0.1',
        port: 0,
      },
      (info: AddressInfo) => {
        resolve(
          Object.assign(slow, {
            url: `http://127.0.0.1:${info.port}`,
            async close() {
              if ('closeAllConnections' in server) server.closeAllConnections();
              await new Promise((done) => server.close(done));
              await Promise.allSettled([...held]);
              engine.close();
              rmSync(dir, { recursive: true, force: true });
            },
          }),
        );
      },
    );
  });
}
