import { type RedeemResponse, validateResponseSchema } from '@promokit/core';
import { describe, expect, it } from 'vitest';

import type { BffOptions } from './create-bff.js';
import type { BffStore } from './store.js';
import {
  type BffInstance,
  type FaultyEngine,
  redeemAt,
  redemptionsOf,
  signInTo,
  startBffInstance,
  startFaultyEngine,
  usesOf,
} from './test-support/faulty-stack.js';
import { suiteRedis } from './test-support/suite-redis.js';

const redis = suiteRedis();
const { opened } = redis;

async function startUpstream(): Promise<FaultyEngine> {
  const upstream = await startFaultyEngine();
  opened.push(upstream);
  return upstream;
}

async function startBff(
  upstream: FaultyEngine,
  store: BffStore,
  options: Partial<BffOptions> = {},
): Promise<BffInstance> {
  const bff = await startBffInstance(upstream, store, options);
  opened.push(bff);
  return bff;
}

const sharedStore = () => redis.store('faults');

describe('createBff({ lateRedemptionMs })', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s, naming it', async (lateRedemptionMs) => {
    const upstream = await startUpstream();
    await expect(startBffInstance(upstream, sharedStore(), { lateRedemptionMs })).rejects.toThrow(
      new RangeError(
        `lateRedemptionMs must be a non-negative number of milliseconds, got ${lateRedemptionMs}`,
      ),
    );
  });
});

const rainShell = { lines: [{ productId: 'rain-shell', quantity: 1 }] };

describe('a redemption whose answer is lost is never told as rejected, and is booked once', () => {
  it('an engine slower than the redeem budget: unknown after the budget, then redeemed on retry, one redemption', async () => {
    const upstream = await startUpstream();
    // The report's engine took 3 s against a 2.5 s budget; the default redeem budget is now 9 s.
    const bff = await startBff(upstream, sharedStore(), { upstreamBudgetMs: { redeem: 2500 } });
    const cookie = await signInTo(bff);
    const order = { orderId: 'o-1', cart: rainShell, codes: ['SAVE5'] };
    const shown = validateResponseSchema.parse(
      await (await bff.post('validate', { cart: rainShell, codes: ['SAVE5'] }, cookie)).json(),
    );
    expect(shown.applied.map((item) => item.code)).toEqual(['SAVE5']);

    upstream.proxy.plan({ delayMs: 3000 });
    const started = performance.now();
    const first = await redeemAt(bff, order, cookie);
    const waited = performance.now() - started;
    // The 2.5 s budget runs out before the engine answers: the BFF cannot know, and says so.
    expect(first).toEqual({ status: 'unknown', orderId: 'o-1', totals: shown.totals, retryAfter: 1 });
    expect(waited).toBeGreaterThan(2000);
    expect(waited).toBeLessThan(3000);
    // Nothing is confirmed, so there is nothing to roll back yet.
    const rollback = await bff.post('rollback', { orderId: 'o-1' }, cookie);
    expect(rollback.status).toBe(503);
    expect(await rollback.json()).toMatchObject({ error: { code: 'unavailable', retryAfter: 1 } });

    // The engine books the redemption it received, after the shopper was answered.
    await upstream.proxy.landed(1);
    expect(redemptionsOf(upstream, 'o-1')).toEqual({ succeeded: 1, rolledBack: 0 });

    // The same request again: the BFF finds the booked redemption instead of booking another.
    const again = await redeemAt(bff, order, cookie);
    expect(again).toMatchObject({
      status: 'redeemed',
      orderId: 'o-1',
      applied: [{ code: 'SAVE5', discount: 500 }],
      totals: shown.totals,
    });
    expect(await redeemAt(bff, order, cookie)).toEqual(again);
    expect(upstream.proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(upstream, 'o-1')).toEqual({ succeeded: 1, rolledBack: 0 });

    // The redemption found is the order's: a failed payment rolls it back.
    const rolledBack = await bff.post('rollback', { orderId: 'o-1', reason: 'payment failed' }, cookie);
    expect(await rolledBack.json()).toEqual({ orderId: 'o-1', status: 'rolled_back' });
    expect(redemptionsOf(upstream, 'o-1')).toEqual({ succeeded: 0, rolledBack: 1 });
  });

  it('two lost redemptions of one order that both land: one is kept, the other rolled back', async () => {
    const upstream = await startUpstream();
    // Told that a lost redemption lands within 400 ms, when this one takes 3 s. The redeem's 1 s
    // budget holds its wallet read and validation on a busy machine, not the delayed redemption.
    const bff = await startBff(upstream, sharedStore(), { upstreamBudgetMs: 1000, lateRedemptionMs: 400 });
    const cookie = await signInTo(bff);
    const order = { orderId: 'o-twice', cart: rainShell, codes: ['SAVE5'] };
    upstream.proxy.plan({ delayMs: 3000 }, 'drop-after');
    expect(await redeemAt(bff, order, cookie)).toMatchObject({ status: 'unknown' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Nothing booked yet and the time given is over: sent again, and that answer is lost too.
    expect(await redeemAt(bff, order, cookie)).toMatchObject({ status: 'unknown' });
    await upstream.proxy.landed(2);
    expect(redemptionsOf(upstream, 'o-twice')).toEqual({ succeeded: 2, rolledBack: 0 });

    expect(await redeemAt(bff, order, cookie)).toMatchObject({
      status: 'redeemed',
      applied: [{ code: 'SAVE5' }],
    });
    expect(redemptionsOf(upstream, 'o-twice')).toEqual({ succeeded: 1, rolledBack: 1 });
  });

  it.each<['drop-after' | 'fail-after' | 'drop-before']>([['drop-after'], ['fail-after'], ['drop-before']])(
    'an answer lost (%s the engine saw the redemption) is unknown; retries end with one redemption',
    async (fault) => {
      const upstream = await startUpstream();
      const bff = await startBff(upstream, sharedStore(), { lateRedemptionMs: 1000 });
      const cookie = await signInTo(bff);
      const order = { orderId: `o-${fault}`, cart: rainShell, codes: ['SAVE5'] };
      upstream.proxy.plan(fault);
      expect(await redeemAt(bff, order, cookie)).toMatchObject({ status: 'unknown' });
      const booked = fault !== 'drop-before';
      expect(redemptionsOf(upstream, order.orderId).succeeded).toBe(booked ? 1 : 0);

      // Retried as a storefront does, until the outcome is known.
      const answers: RedeemResponse[] = [];
      for (let tries = 0; tries < 20; tries++) {
        const answer = await redeemAt(bff, order, cookie);
        answers.push(answer);
        if (answer.status !== 'unknown') break;
        await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 250));
      }
      expect(answers.at(-1)).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
      if (booked) {
        // Booked before the answer was lost: the first retry finds it.
        expect(answers).toHaveLength(1);
        expect(upstream.proxy.redemptions.received).toBe(1);
      } else {
        // Lost on the way: sent again only once it can no longer land, a second after it was sent.
        expect(answers.length).toBeGreaterThan(1);
        expect(upstream.proxy.redemptions.received).toBe(2);
      }
      expect(redemptionsOf(upstream, order.orderId)).toEqual({ succeeded: 1, rolledBack: 0 });
    },
  );

  it('a hung engine: unknown, nothing sent again while the redemption may still land, then booked once', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore(), { upstreamBudgetMs: 600, lateRedemptionMs: 1500 });
    const cookie = await signInTo(bff);
    const order = { orderId: 'o-hung', cart: rainShell, codes: ['SAVE5'] };
    upstream.proxy.plan('hang');
    const sent = performance.now();
    expect(await redeemAt(bff, order, cookie)).toMatchObject({ status: 'unknown' });

    const early = await redeemAt(bff, order, cookie);
    expect(early).toMatchObject({ status: 'unknown', retryAfter: 1 });
    expect(upstream.proxy.redemptions.received).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, sent + 1600 - performance.now())));
    // Retried as a storefront does: on a busy machine one retry may itself run out of its 600 ms.
    let settled: RedeemResponse | undefined;
    for (let tries = 0; tries < 20 && settled?.status !== 'redeemed'; tries++) {
      settled = await redeemAt(bff, order, cookie);
      if (settled.status === 'unknown') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(settled).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    expect(upstream.proxy.redemptions.received).toBeGreaterThanOrEqual(2);
    expect(redemptionsOf(upstream, 'o-hung')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('two instances sharing one store race one order, one restarts: one redemption, the same answer everywhere', async () => {
    const upstream = await startUpstream();
    const store = sharedStore();
    const budgets = { upstreamBudgetMs: { redeem: 2500 } };
    const a = await startBff(upstream, store, budgets);
    const b = await startBff(upstream, store, budgets);
    const cookie = await signInTo(a);
    const order = { orderId: 'o-race', cart: rainShell, codes: ['SAVE5'] };

    upstream.proxy.plan({ delayMs: 3000 });
    const raced = await Promise.all([a, b, a, b].map((bff) => redeemAt(bff, order, cookie)));
    expect(raced.map((answer) => answer.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(upstream.proxy.redemptions.received).toBe(1);

    // Instance a stops; a new one starts on the same store while the redemption lands.
    await a.close();
    const restarted = await startBff(upstream, store, budgets);
    await upstream.proxy.landed(1);
    const settled = await Promise.all(
      [b, restarted, b, restarted].map((bff) => redeemAt(bff, order, cookie)),
    );
    expect(settled[0]).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    for (const answer of settled) expect(answer).toEqual(settled[0]);
    expect(upstream.proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(upstream, 'o-race')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('two instances race one order on a healthy engine: one redemption', async () => {
    const upstream = await startUpstream();
    const store = sharedStore();
    const instances = [await startBff(upstream, store), await startBff(upstream, store)];
    const cookie = await signInTo(instances[0]!);
    const order = { orderId: 'o-race-healthy', cart: rainShell, codes: ['SAVE5'] };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => redeemAt(instances[i % 2]!, order, cookie)),
    );
    expect(answers[0]).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(upstream.proxy.redemptions.received).toBe(1);
    expect(redemptionsOf(upstream, 'o-race-healthy')).toEqual({ succeeded: 1, rolledBack: 0 });
  });

  it('a redemption that lands after the shopper dropped the code is rolled back; the order is charged what was shown', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore(), { upstreamBudgetMs: { redeem: 2500 } });
    const cookie = await signInTo(bff);
    const usesBefore = usesOf(upstream, 'SAVE5');
    const validate = async (codes: string[]) =>
      validateResponseSchema.parse(
        await (await bff.post('validate', { cart: rainShell, codes }, cookie)).json(),
      );
    const withCode = await validate(['SAVE5']);
    upstream.proxy.plan({ delayMs: 3000 });
    const first = await redeemAt(
      bff,
      { orderId: 'o-late', cart: rainShell, codes: ['SAVE5'], expectedDue: withCode.totals.due },
      cookie,
    );
    expect(first).toMatchObject({ status: 'unknown', totals: withCode.totals });

    // Told nothing was confirmed, the shopper takes the code off and places the same order without it.
    const without = await validate([]);
    const placed = { orderId: 'o-late', cart: rainShell, codes: [], expectedDue: without.totals.due };
    const answers: RedeemResponse[] = [];
    for (let tries = 0; tries < 40; tries++) {
      const answer = await redeemAt(bff, placed, cookie);
      answers.push(answer);
      if (answer.status !== 'unknown') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The code's redemption landed meanwhile: the shopper was not shown it, so it is rolled back.
    expect(answers.at(-1)).toEqual({
      status: 'redeemed',
      orderId: 'o-late',
      applied: [],
      promotions: without.promotions,
      rejected: [],
      totals: without.totals,
    });
    // Only the automatic promotions of the cart are booked anew, if any.
    expect(upstream.proxy.redemptions.received).toBe(without.promotions.length ? 2 : 1);
    expect(redemptionsOf(upstream, 'o-late')).toEqual({
      succeeded: without.promotions.length ? 1 : 0,
      rolledBack: 1,
    });
    expect(usesOf(upstream, 'SAVE5')).toBe(usesBefore);
  });
  it('an order in doubt placed again with another cart is never answered the first cart’s booking', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore(), { upstreamBudgetMs: { redeem: 2500 } });
    const cookie = await signInTo(bff);
    upstream.proxy.plan({ delayMs: 3000 });
    const first = await redeemAt(bff, { orderId: 'o-recart', cart: rainShell, codes: ['SAVE5'] }, cookie);
    expect(first).toMatchObject({ status: 'unknown' });
    await upstream.proxy.landed(1);
    expect(redemptionsOf(upstream, 'o-recart')).toEqual({ succeeded: 1, rolledBack: 0 });

    // Told nothing is confirmed, the shopper changes the cart and places the order again.
    const mugs = { lines: [{ productId: 'mug', quantity: 2 }] };
    const shown = validateResponseSchema.parse(
      await (await bff.post('validate', { cart: mugs, codes: ['SAVE5'] }, cookie)).json(),
    );
    const again = await bff.post('redeem', { orderId: 'o-recart', cart: mugs, codes: ['SAVE5'] }, cookie);
    if (again.status === 200) {
      // Redeemed for the cart it was sent with: the rain shell's redemption is not this order's.
      const answer = (await again.json()) as RedeemResponse;
      expect(answer).toMatchObject({ status: 'redeemed', totals: shown.totals });
      expect(redemptionsOf(upstream, 'o-recart')).toEqual({ succeeded: 1, rolledBack: 1 });
    } else {
      // Or refused as another cart under the order id, with the first one's redemption kept.
      expect(again.status).toBe(409);
      expect(
        await redeemAt(bff, { orderId: 'o-recart', cart: rainShell, codes: ['SAVE5'] }, cookie),
      ).toMatchObject({
        status: 'redeemed',
      });
    }
  });
  it('an order in doubt its shopper abandoned: the store’s server can roll back what landed, so no code stays used by an order nobody pays', async () => {
    const upstream = await startUpstream();
    const bff = await startBff(upstream, sharedStore(), {
      upstreamBudgetMs: { redeem: 2500 },
      lateRedemptionMs: 1000,
    });
    const cookie = await signInTo(bff);
    const usesBefore = usesOf(upstream, 'SAVE5');
    upstream.proxy.plan({ delayMs: 3000 });
    const first = await redeemAt(bff, { orderId: 'o-abandoned', cart: rainShell, codes: ['SAVE5'] }, cookie);
    expect(first).toMatchObject({ status: 'unknown' });
    await upstream.proxy.landed(1);
    expect(redemptionsOf(upstream, 'o-abandoned')).toEqual({ succeeded: 1, rolledBack: 0 });

    // The shopper closed the tab: nobody redeems the order again. The store cancels it.
    await expect(bff.orders.rollback('o-abandoned', { reason: 'abandoned' })).resolves.toEqual({
      orderId: 'o-abandoned',
      status: 'rolled_back',
    });
    expect(redemptionsOf(upstream, 'o-abandoned')).toEqual({ succeeded: 0, rolledBack: 1 });
    expect(usesOf(upstream, 'SAVE5')).toBe(usesBefore);

    // Lost before it landed: cancelled only once it can no longer land.
    upstream.proxy.plan('drop-before');
    const lost = { orderId: 'o-abandoned-lost', cart: rainShell, codes: ['SAVE5'] };
    expect(await redeemAt(bff, lost, cookie)).toMatchObject({ status: 'unknown' });
    await expect(bff.orders.rollback(lost.orderId)).rejects.toMatchObject({ code: 'unavailable' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(bff.orders.rollback(lost.orderId)).resolves.toMatchObject({ status: 'rolled_back' });
    expect(redemptionsOf(upstream, lost.orderId)).toEqual({ succeeded: 0, rolledBack: 0 });
  }, 15_000);
});
