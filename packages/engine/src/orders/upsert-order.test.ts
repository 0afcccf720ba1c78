import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
let engine: EngineOverHttp;
beforeEach(() => {
  engine = engineOverHttp(dir.path('engine.db'), seed, () => new Date('2026-03-15T12:00:00Z'));
});
afterEach(() => engine.engine.close());

const seed: SeedInput = {
  version: 1,
  customers: [{ id: 'cust_Ann', source_id: 'ann' }],
  validation_rules: [
    {
      id: 'val_Silver',
      name: 'Silver members',
      rules: { '1': { name: 'customer.loyalty.tier', conditions: { $in: ['ltr_Silver'] } }, logic: '1' },
    },
  ],
  campaigns: [
    {
      id: 'camp_SilverOnly',
      name: 'Silver 10%',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_Silver'],
      vouchers: [{ id: 'v_Silver', code: 'SILVER10', discount: { type: 'PERCENT', percent_off: 10 } }],
    },
    {
      id: 'camp_Rewards',
      name: 'Rewards',
      type: 'LOYALTY_PROGRAM',
      rewards: [{ id: 'rew_Pay', name: 'Pay with points', points_value: 1 }],
      earning: { points: 1, every: 100 },
      tiers: [
        { id: 'ltr_Bronze', name: 'Bronze', points: { from: 0, to: 50 } },
        { id: 'ltr_Silver', name: 'Silver', points: { from: 50 } },
      ],
      vouchers: [{ id: 'v_AnnCard', code: 'CARD-ANN', holder: 'ann', loyalty_card: { points: 0 } }],
    },
  ],
};

async function balance(): Promise<number | undefined> {
  const wallet = expectConformant(
    await engine.qualify({
      scenario: 'CUSTOMER_WALLET',
      customer: { source_id: 'ann' },
      order: { amount: 100 },
    }),
    'QualificationsCheckEligibilityResponseBody',
  );
  return wallet.redeemables.data.find((r) => r.id === 'CARD-ANN')?.result?.loyalty_card?.balance ?? undefined;
}

async function order(body: Record<string, unknown>) {
  const answer = await engine.post<{ status: string; id: string }>('/v1/orders', body);
  expect(answer.status).toBe(200);
  return expectConformant(answer.body, 'OrdersCreateResponseBody');
}

describe('POST /v1/orders and earning on payment', () => {
  it('earns nothing for an order created unpaid, and the earning points once it is paid, once', async () => {
    const created = await order({
      source_id: 'o1',
      status: 'CREATED',
      amount: 5000,
      customer: { source_id: 'ann' },
    });
    expect(created).toMatchObject({ source_id: 'o1', status: 'CREATED', amount: 5000, object: 'order' });
    expect(await balance()).toBe(0);
    const paid = await order({ source_id: 'o1', status: 'PAID' });
    expect(paid).toMatchObject({ id: created.id, status: 'PAID', customer_id: 'cust_Ann' });
    expect(await balance()).toBe(50);
    await order({ source_id: 'o1', status: 'PAID' });
    await order({ source_id: 'o1', status: 'FULFILLED' });
    expect(await balance()).toBe(50);
    expect(engine.engine.getOrder('o1')).toMatchObject({ status: 'FULFILLED' });
  });

  it('earns for an order created paid, and nothing for one without a customer or a card', async () => {
    await order({ source_id: 'o2', status: 'PAID', amount: 2099, customer: { source_id: 'ann' } });
    expect(await balance()).toBe(20);
    await order({ source_id: 'o3', status: 'PAID', amount: 9900 });
    await order({ source_id: 'o4', status: 'PAID', amount: 9900, customer: { source_id: 'bob' } });
    expect(await balance()).toBe(20);
  });

  it("moves the member up a tier once a paid order's points reach it, which tier-only codes follow", async () => {
    const silver = async () => {
      const response = expectConformant(
        await engine.validate({
          redeemables: [{ object: 'voucher', id: 'SILVER10' }],
          customer: { source_id: 'ann' },
          order: { amount: 1000 },
        }),
      );
      const result = response.redeemables[0];
      return result?.status === 'INAPPLICABLE' ? result.result.error?.key : result?.status;
    };
    expect(await silver()).toBe('customer_rules_violated');
    await order({ source_id: 'o5', status: 'CREATED', amount: 5000, customer: { source_id: 'ann' } });
    expect(await silver()).toBe('customer_rules_violated');
    await order({ source_id: 'o5', status: 'PAID' });
    expect(await silver()).toBe('APPLICABLE');
  });

  it("tells the card holder's tier and the next one's distance in the wallet, as paid orders move it", async () => {
    const tier = async () => {
      const wallet = expectConformant(
        await engine.qualify({
          scenario: 'CUSTOMER_WALLET',
          customer: { source_id: 'ann' },
          order: { amount: 100 },
        }),
        'QualificationsCheckEligibilityResponseBody',
      );
      return wallet.redeemables.data.find((r) => r.id === 'CARD-ANN')?.result?.promokit?.loyalty_tier;
    };
    expect(await tier()).toEqual({
      id: 'ltr_Bronze',
      name: 'Bronze',
      next: { id: 'ltr_Silver', name: 'Silver', points_to_go: 50 },
    });
    await order({ source_id: 't1', status: 'PAID', amount: 3000, customer: { source_id: 'ann' } });
    expect((await tier())?.next?.points_to_go).toBe(20);
    await order({ source_id: 't2', status: 'PAID', amount: 2000, customer: { source_id: 'ann' } });
    expect(await tier()).toEqual({ id: 'ltr_Silver', name: 'Silver' });
  });

  it('refuses an order that does not match the schema', async () => {
    const answer = await engine.post('/v1/orders', { status: 'SHIPPED' });
    expect(answer).toMatchObject({ status: 400, body: { key: 'invalid_payload' } });
  });
});

describe('POST /v1/orders: a paid order canceled', () => {
  const silver = async () => {
    const response = await engine.validate({
      redeemables: [{ object: 'voucher', id: 'SILVER10' }],
      customer: { source_id: 'ann' },
      order: { amount: 1000 },
    });
    return response.redeemables[0]?.status;
  };

  it('takes back the points its payment earned, once, and the tier they opened; paying it again earns again', async () => {
    await order({ source_id: 'c1', status: 'PAID', amount: 5000, customer: { source_id: 'ann' } });
    expect(await balance()).toBe(50);
    expect(await silver()).toBe('APPLICABLE');
    const canceled = await order({ source_id: 'c1', status: 'CANCELED' });
    expect(canceled).toMatchObject({ status: 'CANCELED' });
    expect(await balance()).toBe(0);
    expect(await silver()).toBe('INAPPLICABLE');
    await order({ source_id: 'c1', status: 'CANCELED' });
    expect(await balance()).toBe(0);
    await order({ source_id: 'c1', status: 'PAID' });
    expect(await balance()).toBe(50);
  });

  it('takes nothing for an order canceled before it was paid, and only its own points', async () => {
    await order({ source_id: 'c2', status: 'PAID', amount: 2000, customer: { source_id: 'ann' } });
    await order({ source_id: 'c3', status: 'CREATED', amount: 7000, customer: { source_id: 'ann' } });
    await order({ source_id: 'c3', status: 'CANCELED' });
    expect(await balance()).toBe(20);
    await order({ source_id: 'c4', status: 'PAID', amount: 3000, customer: { source_id: 'ann' } });
    await order({ source_id: 'c4', status: 'CANCELED' });
    expect(await balance()).toBe(20);
  });

  it('never takes a card below zero when its points were spent meanwhile', async () => {
    await order({ source_id: 'c5', status: 'PAID', amount: 5000, customer: { source_id: 'ann' } });
    const spent = await engine.redeem({
      redeemables: [{ object: 'voucher', id: 'CARD-ANN', reward: { id: 'rew_Pay', points: 30 } }],
      customer: { source_id: 'ann' },
      order: { amount: 30 },
    });
    expect(spent.status).toBe(200);
    expect(await balance()).toBe(20);
    await order({ source_id: 'c5', status: 'CANCELED' });
    expect(await balance()).toBe(0);
  });
});
