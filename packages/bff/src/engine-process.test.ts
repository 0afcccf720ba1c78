import { type RedeemResponse, validateResponseSchema } from '@promokit/core';
import { describe, expect, it } from 'vitest';

import { type EngineProcess, startEngineProcess } from './test-support/engine-process.js';
import { type FaultProxy, faultProxy } from './test-support/fault-proxy.js';
import {
  type BffInstance,
  redeemAt,
  redemptionsOf,
  signInTo,
  startBffInstance,
} from './test-support/faulty-stack.js';
import { suiteRedis } from './test-support/suite-redis.js';

const redis = suiteRedis();
const { opened } = redis;

const rainShell = { lines: [{ productId: 'rain-shell', quantity: 1 }] };

/**
 * The engine as its own process, a proxy in front of it that does `onRedemption` to the process
 * when a redemption arrives and then passes the redemption on, and two BFF instances over the
 * proxy sharing one Redis store. The circuit reopens for probes after 200 ms, so that the test
 * does not wait out the default 10 s once the engine is back.
 */
async function startStack(onRedemption: (engine: EngineProcess) => void, lateRedemptionMs: number) {
  const engine = await startEngineProcess();
  opened.push(engine);
  let armed = true;
  const proxy: FaultProxy = await faultProxy(engine.url, {
    faultFor: () => {
      if (armed) {
        armed = false;
        onRedemption(engine);
      }
      return undefined;
    },
  });
  opened.push(proxy);
  const store = redis.store('engine-process');
  const options = {
    upstreamBudgetMs: { redeem: 800 },
    lateRedemptionMs,
    circuitBreaker: { cooldownMs: 200 },
  };
  const target = { url: proxy.url, appId: engine.appId, appToken: engine.appToken };
  const instances: BffInstance[] = [];
  for (let i = 0; i < 2; i++) {
    const bff = await startBffInstance(target, store, options);
    opened.push(bff);
    instances.push(bff);
  }
  return { engine, proxy, instances };
}

/** Sends the same redeem again, on each instance in turn, until its outcome is known (at most 40 times). */
async function settle(instances: readonly BffInstance[], order: unknown, cookie: string) {
  const answers: RedeemResponse[] = [];
  for (let tries = 0; tries < 40; tries++) {
    const answer = await redeemAt(instances[tries % instances.length]!, order, cookie);
    answers.push(answer);
    if (answer.status !== 'unknown') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return answers;
}

// Each test starts the engine's CLI through tsx, once or twice: a few seconds on a busy machine.
describe('the engine process failing under a redemption', { timeout: 20_000 }, () => {
  it('killed (SIGKILL) with a redemption in it: unknown, and once it is restarted the order is redeemed once', async () => {
    // Stopped as the redemption reaches it, then killed before it could handle it.
    const { engine, proxy, instances } = await startStack((running) => {
      running.hang(true);
      setTimeout(() => void running.kill(), 100);
    }, 1500);
    const [a, b] = instances as [BffInstance, BffInstance];
    const cookie = await signInTo(a);
    const shown = validateResponseSchema.parse(
      await (await a.post('validate', { cart: rainShell, codes: ['SAVE5'] }, cookie)).json(),
    );
    const order = { orderId: 'o-killed', cart: rainShell, codes: ['SAVE5'], expectedDue: shown.totals.due };

    // Whether the engine booked it before it died, nobody can tell: never rejected.
    expect(await redeemAt(a, order, cookie)).toMatchObject({ status: 'unknown', totals: shown.totals });
    // With the engine down, what it booked cannot be asked: still unknown, on either instance.
    expect(await redeemAt(b, order, cookie)).toMatchObject({ status: 'unknown' });

    await engine.start();
    const answers = await settle(instances, order, cookie);
    expect(answers.at(-1)).toMatchObject({
      status: 'redeemed',
      orderId: 'o-killed',
      applied: [{ code: 'SAVE5', discount: 500 }],
      totals: shown.totals,
    });
    expect(redemptionsOf(engine, 'o-killed')).toEqual({ succeeded: 1, rolledBack: 0 });
    // Settled: every instance answers the same, and nothing more is sent.
    const received = proxy.redemptions.received;
    expect(await redeemAt(b, order, cookie)).toEqual(answers.at(-1));
    expect(proxy.redemptions.received).toBe(received);
  });

  it('hung (SIGSTOP) with a redemption in it: unknown; resumed (SIGCONT), the redemption it booked is found, not sent again', async () => {
    const { engine, proxy, instances } = await startStack((running) => running.hang(true), 60_000);
    const [a, b] = instances as [BffInstance, BffInstance];
    const cookie = await signInTo(a);
    const shown = validateResponseSchema.parse(
      await (await a.post('validate', { cart: rainShell, codes: ['SAVE5'] }, cookie)).json(),
    );
    const order = { orderId: 'o-hung', cart: rainShell, codes: ['SAVE5'], expectedDue: shown.totals.due };

    expect(await redeemAt(a, order, cookie)).toMatchObject({ status: 'unknown', totals: shown.totals });
    expect(await redeemAt(b, order, cookie)).toMatchObject({ status: 'unknown' });
    expect(redemptionsOf(engine, 'o-hung')).toEqual({ succeeded: 0, rolledBack: 0 });

    engine.hang(false);
    await proxy.landed(1);
    const answers = await settle(instances, order, cookie);
    expect(answers.at(-1)).toMatchObject({
      status: 'redeemed',
      orderId: 'o-hung',
      applied: [{ code: 'SAVE5', discount: 500 }],
      totals: shown.totals,
    });
    // The redemption the engine took while hung is the order's: found, never sent a second time.
    expect(proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(engine, 'o-hung')).toEqual({ succeeded: 1, rolledBack: 0 });
  });
});
