import { responseSchemas, type RouteName } from '@promokit/core';
import { z } from 'zod';

import { type InvalidationHub, invalidationHub } from './invalidation-hub.js';
import type { RedisClient, RedisSubscriber } from './redis-client.js';

const routeNames = Object.keys(responseSchemas) as [RouteName, ...RouteName[]];
const invalidationSchema = z.object({ routes: z.array(z.enum(routeNames)), cause: z.string() });

/**
 * An {@link InvalidationHub} over Redis pub/sub on `channel`, so an invalidation published by any
 * BFF instance reaches the storefronts of all of them. The first listener opens a subscriber
 * connection (a duplicate of `redis`); the last one leaving closes it. An instance hears its own
 * invalidations back from Redis, once, like every other instance. Messages that are not
 * invalidations are ignored.
 */
export function redisInvalidationHub(redis: RedisClient, channel: string): InvalidationHub {
  const local = invalidationHub();
  let subscriber: RedisSubscriber | undefined;
  let subscribed: Promise<void> = Promise.resolve();
  let listeners = 0;

  function open(): void {
    const connection = redis.duplicate();
    subscriber = connection;
    connection.on('message', (from: string, message: string) => {
      if (from !== channel) return;
      const parsed = invalidationSchema.safeParse(parseJson(message));
      if (parsed.success) local.publish(parsed.data);
    });
    subscribed = connection.subscribe(channel).then(() => undefined);
  }

  return {
    publish(invalidation) {
      void redis.publish(channel, JSON.stringify(invalidation)).catch(() => {
        // Storefronts then refresh on their next reconnection; nothing else to do.
      });
    },
    subscribe(listener) {
      if (listeners++ === 0) open();
      const { unsubscribe } = local.subscribe(listener);
      let active = true;
      return {
        ready: subscribed,
        unsubscribe() {
          if (!active) return;
          active = false;
          unsubscribe();
          if (--listeners === 0) {
            subscriber?.disconnect();
            subscriber = undefined;
          }
        },
      };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
