import { once } from 'node:events';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

import { faultProxy } from '../src/test-support/fault-proxy.js';

/** One answer of the engine through the proxy: its endpoint (ids as `:id`) and how long it took, in ms. */
export interface EngineCall {
  endpoint: string;
  ms: number;
}

/**
 * The fault proxy between the BFFs and the engine, on a thread of its own: on the load's own
 * thread, every engine call would wait behind the hundred shoppers' work there, and the engine
 * would look slower than it is (and be, for the BFFs).
 */
export interface EngineProxy {
  url: string;
  /** While non-zero, each `POST /v1/redemptions` waits this long before it reaches the engine. */
  slowRedemptions(ms: number): void;
  /** Every answer of the engine through the proxy so far. */
  calls(): Promise<EngineCall[]>;
  close(): Promise<void>;
}

type ToProxy = { slowMs: number } | { calls: true } | { close: true };
type FromProxy = { url: string } | { calls: EngineCall[] } | { closed: true };

const endpointOf = (method: string, path: string) =>
  `${method} ${path.replace(/^(\/v1\/[a-z_]+)\/[^/]+/, '$1/:id').replace(/\/sessions\/[^/]+$/, '/sessions/:id')}`;

/** Starts the proxy's thread, forwarding to `target`. */
export async function startEngineProxy(target: string): Promise<EngineProxy> {
  const worker = new Worker(new URL('./engine-proxy-thread.mjs', import.meta.url), {
    workerData: { target },
  });
  const next = async <K extends string>(key: K) => {
    for (;;) {
      const [message] = (await once(worker, 'message')) as [FromProxy];
      if (key in message) return message as Extract<FromProxy, Record<K, unknown>>;
    }
  };
  const { url } = await next('url');
  const send = (message: ToProxy) => worker.postMessage(message);
  return {
    url,
    slowRedemptions: (ms) => send({ slowMs: ms }),
    async calls() {
      send({ calls: true });
      return (await next('calls')).calls;
    },
    async close() {
      send({ close: true });
      await next('closed');
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  let slowMs = 0;
  const calls: EngineCall[] = [];
  const proxy = await faultProxy((workerData as { target: string }).target, {
    faultFor: () => (slowMs > 0 ? { delayMs: slowMs } : undefined),
    observe: ({ method, path }, ms) => calls.push({ endpoint: endpointOf(method, path), ms }),
  });
  port.on('message', async (message: ToProxy) => {
    if ('slowMs' in message) slowMs = message.slowMs;
    else if ('calls' in message) port.postMessage({ calls } satisfies FromProxy);
    else {
      await proxy.close();
      port.postMessage({ closed: true } satisfies FromProxy);
    }
  });
  port.postMessage({ url: proxy.url } satisfies FromProxy);
}
