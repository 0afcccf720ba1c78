import { type RedeemResponse, validateResponseSchema } from '@promokit/core';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';

import type { BffOptions } from './create-bff.js';
import { redisStore } from './redis-store.js';
import type { RedemptionFault } from './test-support/fault-proxy.js';
import {
  type BffInstance,
  type FaultyEngine,
  redeemAt,
  redemptionsOf,
  signInTo,
  startBffInstance,
  startFaultyEngine,
} from './test-support/faulty-stack.js';
import { type RunningRedis, startRedis } from './test-support/start-redis.js';

// Small budgets keep a run short: a redemption is given up after 300 ms, and one that is lost may
// still land for 900 ms. Every fault below lands within that, or never.
const options: Partial<BffOptions> = {
  upstreamBudgetMs: 300,
  lateRedemptionMs: 900,
  // Faults come one after another here; the breaker's own behaviour is tested apart.
  circuitBreaker: { failureThreshold: 1000 },
};
const fault: fc.Arbitrary<RedemptionFault> = fc.oneof(
  fc.constantFrom<RedemptionFault>('drop-after', 'fail-after', 'drop-before', 'hang'),
  fc.integer({ min: 0, max: 600 }).map((delayMs) => ({ delayMs })),
);
/** One attempt of the storefront: which instance it reaches, and whether that instance restarts first. */
const attempt = fc.record({ instance: fc.integer({ min: 0, max: 1 }), restart: fc.boolean() });

const rainShell = { lines: [{ productId: 'rain-shell', quantity: 1 }] };

let redisServer: RunningRedis;
let redis: Redis;
let upstream: FaultyEngine;
let cookie: string;
/** The `due` the storefront shows for the order, which it sends as `expectedDue`. */
let shownDue: number;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis({ port: redisServer.port, host: '127.0.0.1', lazyConnect: true });
  await redis.connect();
  upstream = await startFaultyEngine();
  // With the default budgets: what the storefront shows is validated in full.
  const bff = await startBffInstance(upstream, redisStore(redis));
  cookie = await signInTo(bff);
  const shown = validateResponseSchema.parse(
    await (await bff.post('validate', { cart: rainShell, codes: ['SAVE5'] }, cookie)).json(),
  );
  expect(shown.applied.map((item) => item.code)).toEqual(['SAVE5']);
  shownDue = shown.totals.due;
  await bff.close();
});
afterAll(async () => {
  await upstream.close();
  redis.disconnect();
  await redisServer.stop();
});

let run = 0;

it('books exactly one redemption per order whatever is lost, retried, switched and restarted', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fault, { minLength: 1, maxLength: 3 }),
      fc.array(attempt, { minLength: 1, maxLength: 6 }),
      async (faults, attempts) => {
        const orderId = `o-property-${++run}`;
        const store = redisStore(redis, { prefix: `pk-property-${run}:` });
        const instances: BffInstance[] = [
          await startBffInstance(upstream, store, options),
          await startBffInstance(upstream, store, options),
        ];
        const order = { orderId, cart: rainShell, codes: ['SAVE5'], expectedDue: shownDue };
        upstream.proxy.plan(...faults);
        const received = upstream.proxy.redemptions.received;
        try {
          let answer: RedeemResponse | undefined;
          // The storefront's attempts, then as many more as it takes, as a storefront retries.
          for (let i = 0; i < 40 && answer?.status !== 'redeemed'; i++) {
            const { instance, restart } = attempts[i % attempts.length]!;
            if (restart) {
              await instances[instance]!.close();
              instances[instance] = await startBffInstance(upstream, store, options);
            }
            answer = await redeemAt(instances[instance]!, order, cookie);
            if (answer.status === 'rejected') {
              // Only before any redemption of the order was sent: its validation ran out of the
              // small budget on a busy machine, so nothing could be booked. Never once one was sent.
              for (const item of answer.rejected) expect(item.reason).toBe('promotions_unavailable');
              expect(upstream.proxy.redemptions.received).toBe(received);
            }
            if (answer.status !== 'redeemed') await new Promise((resolve) => setTimeout(resolve, 100));
          }
          expect(answer).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
          // Whatever was sent and lost has landed, or never will, once lateRedemptionMs is over.
          await new Promise((resolve) => setTimeout(resolve, 1000));
          expect(redemptionsOf(upstream, orderId).succeeded).toBe(1);
        } finally {
          // Faults this order did not meet are not left to the next one.
          upstream.proxy.plan();
          for (const instance of instances) await instance.close();
        }
        expect(upstream.proxy.redemptions.received).toBeGreaterThan(received);
      },
    ),
    { numRuns: 8 },
  );
}, 120_000);
