import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { memoryStore } from './memory-store.js';
import { redisStore } from './redis-store.js';
import type { BffStore } from './store.js';
import { type RunningRedis, startRedis } from './test-support/start-redis.js';

let redisServer: RunningRedis;
let redis: Redis;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis({ port: redisServer.port, host: '127.0.0.1', lazyConnect: true });
  await redis.connect();
});

afterAll(async () => {
  redis.disconnect();
  await redisServer.stop();
});

let n = 0;
const fresh = () => `test:${++n}:${Math.random()}`;

describe.each<[string, () => BffStore]>([
  ['memoryStore', () => memoryStore()],
  ['redisStore', () => redisStore(redis, { prefix: 'pk-test:' })],
])('%s', (_, make) => {
  it('counts hits within a window and reports when it resets', async () => {
    const store = make();
    const key = fresh();
    expect(await store.peek(key)).toEqual({ count: 0, resetInMs: 0 });
    await store.increment(key, 60_000);
    const second = await store.increment(key, 60_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(0);
    expect(second.resetInMs).toBeLessThanOrEqual(60_000);
    expect((await store.peek(key)).count).toBe(2);
  });

  it('counts concurrent hits exactly', async () => {
    const store = make();
    const key = fresh();
    await Promise.all(Array.from({ length: 50 }, () => store.increment(key, 60_000)));
    expect((await store.peek(key)).count).toBe(50);
  });

  it('lets exactly one of many concurrent setIfAbsent calls win', async () => {
    const store = make();
    const key = fresh();
    const wins = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.setIfAbsent(key, `v${i}`, 60_000)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await store.get(key)).toBe(`v${wins.indexOf(true)}`);
  });

  it('sets, replaces, reads and deletes values', async () => {
    const store = make();
    const key = fresh();
    expect(await store.get(key)).toBeNull();
    await store.set(key, 'a', 60_000);
    await store.set(key, 'b', 60_000);
    expect(await store.get(key)).toBe('b');
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.setIfAbsent(key, 'c', 60_000)).toBe(true);
  });

  it('forgets entries once they expire', async () => {
    const store = make();
    const key = fresh();
    await store.set(key, 'gone', 1);
    await store.increment(`${key}:c`, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.get(key)).toBeNull();
    expect((await store.peek(`${key}:c`)).count).toBe(0);
  });
});

it('keeps redisStore keys under its prefix, shared by instances', async () => {
  const key = fresh();
  await redisStore(redis, { prefix: 'pk-a:' }).set(key, 'x', 60_000);
  expect(await redis.get(`pk-a:${key}`)).toBe('x');
  expect(await redisStore(redis, { prefix: 'pk-a:' }).get(key)).toBe('x');
  expect(await redisStore(redis, { prefix: 'pk-b:' }).get(key)).toBeNull();
});
