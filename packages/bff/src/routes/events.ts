import type { Handler } from 'hono';
import { streamSSE } from 'hono/streaming';

import type { BffEnv } from '../bff-env.js';
import type { Invalidation, InvalidationHub } from '../invalidation-hub.js';

/**
 * `GET /events`: a Server-Sent Events stream of `invalidate` events (data: an
 * {@link Invalidation} as JSON), with a comment every `keepAliveMs` so proxies keep it open. The
 * first event, `ready`, comes once the stream is subscribed to every instance's invalidations.
 */
export function eventsRoute(hub: InvalidationHub, keepAliveMs = 25_000): Handler<BffEnv> {
  return (c) =>
    streamSSE(c, async (stream) => {
      const queue: Invalidation[] = [];
      let wake: (() => void) | undefined;
      const subscription = hub.subscribe((invalidation) => {
        queue.push(invalidation);
        wake?.();
      });
      stream.onAbort(() => wake?.());
      await subscription.ready;
      await stream.writeSSE({ event: 'ready', data: '{}' });
      try {
        while (!stream.aborted) {
          const next = queue.shift();
          if (next) {
            await stream.writeSSE({ event: 'invalidate', data: JSON.stringify(next) });
            continue;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, keepAliveMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
          if (!queue.length && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        subscription.unsubscribe();
      }
    });
}
