import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from './engine.js';
import { DEMO_NOW, demoSeed } from './test-support/demo.js';
import { tempDirPerTest } from './test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

function open(): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  opened.push(engine);
  return engine;
}

const customer = { source_id: 'cust-new' };
const welcome = [{ object: 'voucher' as const, id: 'WELCOME10' }];

describe('redeem: an order sent again by its source_id', () => {
  it("is the stored order: its items and amount win over the payload's", () => {
    const engine = open();
    const first = engine.redeem({
      redeemables: welcome,
      customer,
      order: { source_id: 'ord-7', items: [{ product_id: 'mug', quantity: 3, price: 2500 }] },
    });
    const firstParent = String(first.parent_redemption?.id);
    const rolledBack = engine.rollbackStackable(firstParent, {});
    expect(rolledBack.order?.status).toBe('CANCELED');

    const again = engine.redeem({
      redeemables: welcome,
      customer,
      order: { source_id: 'ord-7', items: [{ product_id: 'mug', quantity: 1, price: 2500 }] },
    });
    expect(again.order?.id).toBe(first.order?.id);
    expect(again.order).toMatchObject({
      source_id: 'ord-7',
      status: 'PAID',
      amount: 7500,
      total_amount: 6750,
    });
    expect(Object.keys(again.order?.redemptions ?? {})).toEqual([firstParent, again.parent_redemption?.id]);
  });

  it('keeps distinct source_ids apart', () => {
    const engine = open();
    const one = engine.redeem({ redeemables: welcome, customer, order: { source_id: 'a', amount: 6000 } });
    const two = engine.redeem({ redeemables: welcome, customer, order: { source_id: 'b', amount: 8000 } });
    expect(two.order?.id).not.toBe(one.order?.id);
    expect(two.order?.amount).toBe(8000);
  });
});

describe('getOrder and getRedemption: what was redeemed for an order', () => {
  const order = (sourceId: string) => ({
    source_id: sourceId,
    items: [{ product_id: 'mug', quantity: 3, price: 2500 }],
  });

  it('lists every redemption of an order by its source_id, each rolled back one marked, and reads each', () => {
    const engine = open();
    const first = engine.redeem({ redeemables: welcome, customer, order: order('o-many') });
    const second = engine.redeem({ redeemables: welcome, customer, order: order('o-many') });
    const [firstId, secondId] = [first.parent_redemption?.id, second.parent_redemption?.id].map(String);
    // The older redemption is rolled back after the later one was booked: the later one stays listed.
    const rollback = engine.rollbackStackable(firstId!, { reason: 'doubled' });

    const listed = engine.getOrder('o-many');
    expect(listed).toMatchObject({ id: first.order?.id, source_id: 'o-many', object: 'order' });
    expect(Object.keys(listed.redemptions ?? {})).toEqual([firstId, secondId]);
    expect(listed.redemptions?.[firstId!]).toMatchObject({
      related_object_type: 'redemption',
      related_object_id: firstId,
      stacked: first.redemptions.map((child) => child.id),
      rollback_id: rollback.parent_rollback?.id,
      rollback_stacked: rollback.rollbacks.map((child) => child.id),
    });
    expect(listed.redemptions?.[secondId!]).not.toHaveProperty('rollback_id');
    // The same order by its Voucherify id.
    expect(engine.getOrder(String(first.order?.id))).toEqual(listed);

    expect(engine.getRedemption(secondId!)).toEqual(second.parent_redemption);
    expect(engine.getRedemption(firstId!)).toMatchObject({ id: firstId, status: 'ROLLED_BACK' });
    const child = first.redemptions[0]!;
    expect(engine.getRedemption(child.id)).toMatchObject({ id: child.id, redemption: firstId });
    expect(engine.getRedemption(String(rollback.parent_rollback?.id))).toMatchObject({
      id: rollback.parent_rollback?.id,
      object: 'redemption_rollback',
      redemption: firstId,
    });
  });

  it('answers 404 not_found for an order nothing was redeemed for, and for an unknown redemption', () => {
    const engine = open();
    engine.validate({ redeemables: welcome, customer, order: order('o-validated-only') });
    expect(() => engine.getOrder('o-validated-only')).toThrow(
      expect.objectContaining({
        status: 404,
        body: expect.objectContaining({
          key: 'not_found',
          resource_type: 'order',
          resource_id: 'o-validated-only',
        }),
      }),
    );
    expect(() => engine.getRedemption('r_missing')).toThrow(
      expect.objectContaining({
        status: 404,
        body: expect.objectContaining({ key: 'not_found', resource_type: 'redemption' }),
      }),
    );
  });
});
