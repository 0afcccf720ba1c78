import type { RedisClient } from './redis-client.js';
import { redisInvalidationHub } from './redis-invalidation-hub.js';
import type { BffStore, Counter } from './store.js';

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** Prefix of every key, so several apps can share one Redis; default `promokit:`. */
  prefix?: string;
}

// INCR, then start the window on the first hit; answers [count, ms left].
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

/**
 * A {@link BffStore} in Redis, shared by several BFF instances. Counters are atomic (one script per
 * hit); `setIfAbsent` is `SET NX PX`. Invalidations travel over Redis pub/sub on the prefix's
 * `invalidations` channel, so every instance's storefronts refresh; the subscriber connection is a
 * duplicate of `redis`, open while storefronts listen. The caller owns `redis` and closes it.
 * `redis` is any {@link RedisClient}: an ioredis `Redis` of 5.x or 6.x, from the app's own install.
 */
export function redisStore(redis: RedisClient, options: RedisStoreOptions = {}): BffStore {
  const prefix = options.prefix ?? 'promokit:';
  const toCounter = (count: number, ttl: number): Counter =>
    count > 0 ? { count, resetInMs: Math.max(ttl, 0) } : { count: 0, resetInMs: 0 };

  return {
    invalidations: redisInvalidationHub(redis, `${prefix}invalidations`),
    async increment(key, windowMs) {
      const [count, ttl] = (await redis.eval(INCREMENT, 1, prefix + key, windowMs)) as [number, number];
      return toCounter(count, ttl);
    },
    async peek(key) {
      const [value, ttl] = await redis
        .multi()
        .get(prefix + key)
        .pttl(prefix + key)
        .exec()
        .then(results);
      return toCounter(Number(value ?? 0), Number(ttl));
    },
    get: (key) => redis.get(prefix + key),
    async set(key, value, ttlMs) {
      await redis.set(prefix + key, value, 'PX', ttlMs);
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await redis.set(prefix + key, value, 'PX', ttlMs, 'NX')) === 'OK';
    },
    async delete(key) {
      await redis.del(prefix + key);
    },
  };
}

/** The replies of a MULTI, or the first failure among them. */
function results(replies: [Error | null, unknown][] | null): unknown[] {
  if (!replies) throw new Error('The Redis transaction was aborted');
  return replies.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}
