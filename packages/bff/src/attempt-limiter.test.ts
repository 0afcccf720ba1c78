import { redeemResponseSchema, validateResponseSchema } from '@promokit/core';
import { afterAll, describe, expect, it } from 'vitest';

import { memoryStore } from './memory-store.js';
import type { BffStore } from './store.js';
import { startBffInstance, startFaultyEngine } from './test-support/faulty-stack.js';
import { suiteRedis } from './test-support/suite-redis.js';
import { demoBff } from './testing.js';

const cart = { lines: [{ productId: 'mug', quantity: 2 }] };
const unknownCodes = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

/** How many codes of a `/validate` or `/redeem` answer were answered by upstream as unknown, and how many refused unsent. */
async function answered(response: Response): Promise<{ notFound: number; refused: number }> {
  const body = (await response.json()) as { rejected?: { reason: string }[] };
  const rejected = body.rejected ?? [];
  return {
    notFound: rejected.filter((item) => item.reason === 'not_found').length,
    refused: rejected.filter((item) => item.reason === 'too_many_attempts').length,
  };
}

describe('the failed-attempt limit holds within one request and across requests at once', () => {
  const bff = demoBff({
    attempts: { perSession: 10, perIp: 1000 },
    sessionOf: (request) => request.headers.get('x-test-session'),
  });
  afterAll(() => bff.close());
  const post = (route: string, body: unknown, session: string) =>
    bff.app.request(`http://shop.test${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-session': session },
      body: JSON.stringify(body),
    });

  it('answers one request of 30 unknown codes 10 of them, the other 20 too_many_attempts unsent', async () => {
    const response = await post('/validate', { cart, codes: unknownCodes('ONE', 30) }, 'one-request');
    expect(response.status).toBe(200);
    expect(await answered(response)).toEqual({ notFound: 10, refused: 20 });
    const next = await post('/validate', { cart, codes: ['ONE-AFTER'] }, 'one-request');
    expect(next.status).toBe(429);
  });

  it('answers a redeem of 30 unknown codes 10 of them', async () => {
    const response = await post(
      '/redeem',
      { orderId: 'many-codes', cart, codes: unknownCodes('REDEEM', 30) },
      'one-redeem',
    );
    const body = redeemResponseSchema.parse(await response.clone().json());
    expect(body.status).toBe('redeemed');
    expect(await answered(response)).toEqual({ notFound: 10, refused: 20 });
  });

  it('answers requests sent at once no more unknown codes together than the limit', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, round) =>
        post('/validate', { cart, codes: unknownCodes(`RACE${round}`, 5) }, 'concurrent'),
      ),
    );
    const counts = await Promise.all(answers.map(answered));
    expect(counts.reduce((sum, count) => sum + count.notFound, 0)).toBe(10);
  });

  it('gives back the attempt of a code that applied', async () => {
    const own = demoBff({
      attempts: { perSession: 1, perIp: 1000 },
      sessionOf: () => 'one-attempt',
    });
    try {
      const validate = (codes: string[]) =>
        own.app.request('http://shop.test/validate', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ cart, codes }),
        });
      const applied = validateResponseSchema.parse(await (await validate(['SAVE5'])).json());
      expect(applied.applied).toMatchObject([{ code: 'SAVE5' }]);
      // SAVE5 took the one attempt and gave it back: a guess may still go.
      expect(await answered(await validate(['NOPE-1']))).toEqual({ notFound: 1, refused: 0 });
      expect((await validate(['NOPE-2'])).status).toBe(429);
      expect((await validate(['SAVE5'])).status).toBe(200);
    } finally {
      own.close();
    }
  });
});

describe('the failed-attempt limit of two instances sharing one Redis', () => {
  const redis = suiteRedis();

  it('answers 16 requests at once, alternating the instances, no more unknown codes than the limit', async () => {
    const engine = await startFaultyEngine();
    redis.opened.push(engine);
    const store: BffStore = redis.store('limits');
    const instances = await Promise.all(
      [0, 1].map(() =>
        startBffInstance(engine, store, { session: undefined, attempts: { perIp: 12, perSession: 12 } }),
      ),
    );
    redis.opened.push(...instances);
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, round) =>
        instances[round % 2]!.post('validate', { cart, codes: unknownCodes(`SHARED${round}`, 5) }),
      ),
    );
    const counts = await Promise.all(answers.map(answered));
    expect(counts.reduce((sum, count) => sum + count.notFound, 0)).toBe(12);
    // Both instances refuse the address now.
    for (const instance of instances)
      expect((await instance.post('validate', { cart, codes: ['SHARED-AFTER'] })).status).toBe(429);
  });

  it('gives a memoryStore the same limit', async () => {
    const engine = await startFaultyEngine();
    redis.opened.push(engine);
    const instance = await startBffInstance(engine, memoryStore(), {
      session: undefined,
      attempts: { perIp: 12 },
    });
    redis.opened.push(instance);
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, round) =>
        instance.post('validate', { cart, codes: unknownCodes(`ALONE${round}`, 5) }),
      ),
    );
    const counts = await Promise.all(answers.map(answered));
    expect(counts.reduce((sum, count) => sum + count.notFound, 0)).toBe(12);
  });
});
