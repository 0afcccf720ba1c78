import { createHmac } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { memoryStore } from './memory-store.js';
import { redisStore } from './redis-store.js';
import { forgetLock, lockKey, readLock, writeLock } from './session-lock.js';
import type { BffStore } from './store.js';
import { listenEvents } from './test-support/listen-events.js';
import { type RunningRedis, startRedis } from './test-support/start-redis.js';
import { demoBff } from './testing.js';

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

  it('reserves at most up to its max, however many reserve at once, and gives back without going below zero', async () => {
    const store = make();
    const key = fresh();
    const first = await store.reserve(key, 4, 10, 60_000);
    expect(first).toMatchObject({ added: 4, count: 4 });
    expect(first.resetInMs).toBeGreaterThan(0);
    const racing = await Promise.all(Array.from({ length: 16 }, () => store.reserve(key, 3, 10, 60_000)));
    expect(racing.reduce((sum, counter) => sum + counter.added, 0)).toBe(6);
    expect((await store.peek(key)).count).toBe(10);
    expect(await store.reserve(key, 1, 10, 60_000)).toMatchObject({ added: 0, count: 10 });
    await store.release(key, 3);
    expect((await store.peek(key)).count).toBe(7);
    await store.release(key, 50);
    const emptied = await store.peek(key);
    expect(emptied.count).toBe(0);
    // Given back, the window still runs: it is not started again by the next reservation.
    expect((await store.reserve(key, 2, 10, 120_000)).resetInMs).toBeLessThanOrEqual(60_000);
    await store.release(fresh(), 1);
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

  it("keeps a session's validation lock with the codes it holds", async () => {
    const store = make();
    const session = fresh();
    expect(await readLock(store, session)).toBeNull();
    await writeLock(store, session, { key: 'ssn_1', codes: ['GIFT-2500', 'ONLYONE'] });
    expect(await readLock(store, session)).toEqual({ key: 'ssn_1', codes: ['GIFT-2500', 'ONLYONE'] });
    await forgetLock(store, session);
    expect(await readLock(store, session)).toBeNull();

    // Anything else under the key is no lock.
    await store.set(lockKey(session), 'ssn_unreadable', 60_000);
    expect(await readLock(store, session)).toBeNull();
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

describe('invalidations with redisStore', () => {
  const secret = 'whsec-shared-secret';
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('hex');

  it('reach the storefronts of every BFF instance sharing the Redis, once each', async () => {
    const prefix = `pk-sse-${Math.random()}:`;
    const [a, b] = [0, 1].map(() => demoBff({ store: redisStore(redis, { prefix }), webhookSecret: secret }));
    if (!a || !b) throw new Error('two instances expected');
    const onA = await listenEvents(a.app);
    const onB = await listenEvents(b.app);
    const payload = JSON.stringify({ id: 'whs_1', type: 'campaign.disabled', event: { id: 'evt_multi' } });
    const delivered = await a.app.request('/webhooks/voucherify', {
      method: 'POST',
      headers: { 'x-voucherify-signature': sign(payload) },
      body: payload,
    });
    expect(await delivered.json()).toEqual({ received: true, duplicate: false });
    // Voucherify retries the delivery at the other instance: already seen through the shared store.
    const retried = await b.app.request('/webhooks/voucherify', {
      method: 'POST',
      headers: { 'x-voucherify-signature': sign(payload) },
      body: payload,
    });
    expect(await retried.json()).toEqual({ received: true, duplicate: true });
    const later = JSON.stringify({ id: 'whs_2', type: 'publication.created', event: { id: 'evt_later' } });
    await b.app.request('/webhooks/voucherify', {
      method: 'POST',
      headers: { 'x-voucherify-signature': sign(later) },
      body: later,
    });
    const expected = [
      {
        event: 'invalidate',
        data: { routes: ['qualifications', 'validate', 'wallet'], cause: 'campaign.disabled' },
      },
      { event: 'invalidate', data: { routes: ['wallet'], cause: 'publication.created' } },
    ];
    for (const storefront of [onA, onB]) {
      expect([await storefront.next(), await storefront.next()]).toEqual(expected);
      storefront.close();
    }
    a.close();
    b.close();
  });

  it('ignore messages on the channel that are not invalidations', async () => {
    const prefix = `pk-sse-${Math.random()}:`;
    const bff = demoBff({ store: redisStore(redis, { prefix }), webhookSecret: secret });
    const storefront = await listenEvents(bff.app);
    await redis.publish(`${prefix}invalidations`, 'not json');
    await redis.publish(`${prefix}invalidations`, JSON.stringify({ routes: ['nowhere'], cause: 'x' }));
    await redis.publish(`${prefix}invalidations`, JSON.stringify({ routes: ['wallet'], cause: 'real' }));
    expect(await storefront.next()).toEqual({
      event: 'invalidate',
      data: { routes: ['wallet'], cause: 'real' },
    });
    storefront.close();
    bff.close();
  });
});
