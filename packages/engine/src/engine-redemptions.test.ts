import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from './engine.js';
import { EngineRequestError } from './engine-request-error.js';
import type { SeedInput } from './seed/seed-schema.js';
import { tempDirPerTest } from './test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

const seed: SeedInput = {
  version: 1,
  customers: [
    { id: 'cust_ada', source_id: 'ada', metadata: { tier: 'vip' } },
    { id: 'cust_bob', source_id: 'bob', orders: 2 },
  ],
  validation_rules: [
    { id: 'val_min50', name: 'At least 50.00', conditions: [{ type: 'min_order_amount', amount: 5000 }] },
  ],
  campaigns: [
    {
      id: 'camp_once',
      name: 'Once',
      type: 'DISCOUNT_COUPONS',
      vouchers: [{ id: 'v_once', code: 'ONCE', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } }],
    },
    {
      id: 'camp_min',
      name: 'Min',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_min50'],
      vouchers: [{ id: 'v_min', code: 'MIN10', discount: { type: 'PERCENT', percent_off: 10 } }],
    },
    {
      id: 'camp_gift',
      name: 'Gift',
      type: 'GIFT_VOUCHERS',
      vouchers: [{ id: 'v_gift', code: 'GIFT', holder: 'ada', gift: { amount: 5000 } }],
    },
    {
      id: 'camp_loyal',
      name: 'Loyal',
      type: 'LOYALTY_PROGRAM',
      rewards: [{ id: 'rew_pay', name: 'Pay with points', points_value: 10 }],
      earning: { points: 1, every: 100 },
      vouchers: [{ id: 'v_card', code: 'CARD', holder: 'ada', loyalty_card: { points: 300 } }],
    },
    {
      id: 'camp_ref',
      name: 'Refer',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      referrer_reward: { points: 50 },
      vouchers: [{ id: 'v_ref', code: 'ADA-FRIEND', holder: 'ada' }],
    },
  ],
};

function open(): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed });
  opened.push(engine);
  return engine;
}

const failure = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof EngineRequestError) return error.body;
  }
  throw new Error('expected an EngineRequestError');
};

describe('redeem and rollback', () => {
  it('redeems a stack with gift credits and points, then rolls it back, restoring every balance', () => {
    const engine = open();
    const body = {
      customer: { source_id: 'ada' },
      order: { amount: 10_000 },
      redeemables: [
        { object: 'voucher' as const, id: 'GIFT', gift: { credits: 2000 } },
        { object: 'voucher' as const, id: 'CARD', reward: { id: 'rew_pay', points: 100 } },
      ],
    };
    const redeemed = engine.redeem(body);
    expect(redeemed.redemptions.map((r) => r.amount)).toEqual([2000, 100]);
    expect(redeemed.order?.total_amount).toBe(7000);
    const parentId = redeemed.parent_redemption?.id ?? '';
    expect(redeemed.order?.redemptions?.[parentId]?.stacked).toHaveLength(2);

    const wallet = () =>
      engine.qualify({
        scenario: 'CUSTOMER_WALLET',
        customer: { source_id: 'ada' },
        order: { amount: 100_000 },
        options: { limit: 10 },
      }).redeemables.data;
    const balances = () =>
      Object.fromEntries(
        wallet().map((r) => [r.id, r.result?.gift?.balance ?? r.result?.loyalty_card?.balance]),
      );
    expect(balances()).toMatchObject({ GIFT: 3000, CARD: 300 - 100 + 70 });

    const rolled = engine.rollbackStackable(parentId, { reason: 'payment failed' });
    expect(rolled.rollbacks.map((r) => r.amount)).toEqual([-2000, -100]);
    expect(rolled.order?.status).toBe('CANCELED');
    expect(balances()).toMatchObject({ GIFT: 5000, CARD: 300 });
    expect(failure(() => engine.rollbackStackable(parentId, {}))).toMatchObject({
      code: 400,
      key: 'already_rolled_back',
      resource_type: 'redemption_rollback',
    });
    expect(failure(() => engine.rollback(redeemed.redemptions[0]?.id ?? '', {}))).toMatchObject({
      key: 'invalid_redemption_parent',
    });
    expect(failure(() => engine.rollback(parentId, {}))).toMatchObject({ key: 'invalid_redemption' });
  });

  it('redeems a single-use code once and records the failed attempt with an rf_ id', () => {
    const engine = open();
    const body = { redeemables: [{ object: 'voucher' as const, id: 'ONCE' }], order: { amount: 3000 } };
    engine.redeem(body);
    expect(failure(() => engine.redeem(body))).toMatchObject({
      code: 400,
      key: 'quantity_exceeded',
      resource_type: 'redemption',
      resource_id: expect.stringMatching(/^rf_/),
    });
  });

  it('refuses a referrer their own code and rewards them when a friend uses it', () => {
    const engine = open();
    const own = engine.validate({
      customer: { source_id: 'ada' },
      redeemables: [{ object: 'voucher', id: 'ADA-FRIEND' }],
      order: { amount: 5000 },
    });
    expect(own.redeemables[0]?.status === 'INAPPLICABLE' && own.redeemables[0].result.error?.key).toBe(
      'referrer_not_permitted_to_redeem',
    );
    const redeemed = engine.redeem({
      customer: { source_id: 'bob' },
      redeemables: [{ object: 'voucher', id: 'ADA-FRIEND' }],
      order: { amount: 5000 },
    });
    expect(redeemed.order?.referrer_id).toBe('cust_ada');
    const card = engine
      .qualify({
        scenario: 'CUSTOMER_WALLET',
        customer: { source_id: 'ada' },
        order: { amount: 1000 },
        options: { limit: 10 },
      })
      .redeemables.data.find((r) => r.id === 'CARD');
    expect(card?.result?.loyalty_card?.balance).toBe(350);
  });
});

describe('qualify', () => {
  it('lists an offer short of its minimum with the PromoKit missing amount', () => {
    const response = open().qualify({ order: { amount: 3800 }, options: { limit: 10 } });
    const offer = response.redeemables.data.find((r) => r.id === 'MIN10');
    expect(offer?.result?.promokit?.missing_amount).toBe(1200);
    expect(response.redeemables.data.map((r) => r.id)).not.toContain('GIFT');
  });

  it('sorts by best deal and pages with starting_after', () => {
    const engine = open();
    const first = engine.qualify({
      order: { amount: 20_000 },
      options: { limit: 1, sorting_rule: 'BEST_DEAL' },
    });
    expect(first.redeemables.data.map((r) => r.id)).toEqual(['MIN10']);
    expect(first.redeemables.has_more).toBe(true);
    const next = engine.qualify({
      order: { amount: 20_000 },
      options: {
        limit: 1,
        sorting_rule: 'BEST_DEAL',
        starting_after: first.redeemables.more_starting_after ?? undefined,
      },
    });
    expect(next.redeemables.data.map((r) => r.id)).toEqual(['ONCE']);
  });

  it('upserts customers and records events', () => {
    const engine = open();
    const created = engine.upsertCustomer({ source_id: 'cy', metadata: { tier: 'new' } });
    const updated = engine.upsertCustomer({ source_id: 'cy', name: 'Cy' });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'Cy',
      metadata: { tier: 'new' },
      object: 'customer',
    });
    expect(engine.trackEvent({ event: 'signed_up', customer: { source_id: 'cy' } })).toMatchObject({
      object: 'event',
      type: 'signed_up',
      customer: { id: created.id },
    });
  });
});
