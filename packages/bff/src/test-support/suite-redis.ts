import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { redisStore } from '../redis-store.js';
import type { BffStore } from '../store.js';
import { type RunningRedis, startRedis } from './start-redis.js';

/** What {@link suiteRedis} gives a test file. */
export interface SuiteRedis {
  /** A store of its own on the file's redis-server, under a fresh prefix: `name` names it in keys. */
  store(name: string): BffStore;
  /** Closed after each test, the last opened first. */
  opened: { close(): Promise<void> }[];
}

/**
 * A redis-server for the whole test file, started before its first test and stopped after its
 * last, with a client connected to it; and a list of things each test opened, closed after it.
 */
export function suiteRedis(): SuiteRedis {
  let server: RunningRedis;
  let client: Redis;
  const opened: SuiteRedis['opened'] = [];
  beforeAll(async () => {
    server = await startRedis();
    client = new Redis({ port: server.port, host: '127.0.0.1', lazyConnect: true });
    await client.connect();
  });
  afterAll(async () => {
    client.disconnect();
    await server.stop();
  });
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });
  return {
    store: (name) => redisStore(client, { prefix: `pk-${name}-${crypto.randomUUID()}:` }),
    opened,
  };
}
