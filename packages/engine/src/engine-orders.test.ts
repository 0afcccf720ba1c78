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
