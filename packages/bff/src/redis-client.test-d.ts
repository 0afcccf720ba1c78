import type { Redis } from 'ioredis';
import type { Redis as Redis511 } from 'ioredis-5-11';
import { Redis as Redis6 } from 'ioredis-6';
import { describe, expectTypeOf, it } from 'vitest';

import type { RedisClient } from './redis-client.js';
import { redisStore } from './redis-store.js';

// Types only: nothing here connects.
describe('redisStore', () => {
  it('takes the app’s own ioredis client, 5.x or 6.x, whichever copy it installed', () => {
    expectTypeOf<Redis>().toExtend<RedisClient>();
    expectTypeOf<Redis511>().toExtend<RedisClient>();
    expectTypeOf<Redis6>().toExtend<RedisClient>();
    expectTypeOf<Redis6<'legacy'>>().toExtend<RedisClient>();
    expectTypeOf(redisStore).toBeCallableWith(new Redis6('redis://127.0.0.1:6379', { lazyConnect: true }));
  });

  it('refuses what is not a Redis client', () => {
    expectTypeOf<{ get(key: string): Promise<string | null> }>().not.toExtend<RedisClient>();
    // @ts-expect-error a Map is not a Redis client
    redisStore(new Map<string, string>());
  });
});
