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

// Adds min(amount, max - count) in one step, starting the window on the counter's first hit;
// answers [added, count, ms left].
const RESERVE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local added = math.max(0, math.min(tonumber(ARGV[1]), tonumber(ARGV[2]) - count))
if added > 0 then
  count = redis.call('INCRBY', KEYS[1], added)
  if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
end
return {added, count, redis.call('PTTL', KEYS[1])}
`;

// Takes up to amount off, never below zero; DECRBY keeps the key's expiry.
const RELEASE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local taken = math.min(tonumber(ARGV[1]), count)
if taken > 0 then redis.call('DECRBY', KEYS[1], taken) end
return taken
`;

/**
 * A {@link BffStore} in Redis, shared by several BFF instances. Counters are atomic (one script per
 * hit or reservation); `setIfAbsent` is `SET NX PX`. Invalidations travel over Redis pub/sub on the prefix's
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
    async reserve(key, amount, max, windowMs) {
      const [added, count, ttl] = (await redis.eval(RESERVE, 1, prefix + key, amount, max, windowMs)) as [
        number,
        number,
        number,
      ];
      return { ...toCounter(count, ttl), added };
    },
    async release(key, amount) {
      if (amount > 0) await redis.eval(RELEASE, 1, prefix + key, amount);
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
