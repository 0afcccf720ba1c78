import { afterEach, describe, expect, it } from 'vitest';

import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
let engine: EngineOverHttp | undefined;
afterEach(() => {
  engine?.engine.close();
  engine = undefined;
});

const seed: SeedInput = {
  version: 1,
  products: [
    { id: 'mug', name: 'Mug', price: 2500 },
    { id: 'cap', name: 'Cap', price: 1200 },
    { id: 'sticker', name: 'Sticker', price: 300 },
  ],
  campaigns: [
    {
      id: 'camp_Units',
      name: 'Free units',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        {
          id: 'v_SameMug',
          code: 'SAMEMUG',
          discount: { type: 'UNIT', effect: 'ADD_SAME_ITEMS', unit_off: 1, unit_type: 'mug' },
        },
        {
          id: 'v_Many',
          code: 'MANY',
          discount: {
            type: 'UNIT',
            effect: 'ADD_MANY_ITEMS',
            units: [
              { unit_off: 2, unit_type: 'sticker', effect: 'ADD_NEW_ITEMS' },
              { unit_off: 1, unit_type: 'cap', effect: 'ADD_MISSING_ITEMS' },
            ],
          },
        },
      ],
    },
  ],
};

const validate = async (code: string, items: unknown[]) => {
  engine ??= engineOverHttp(dir.path('engine.db'), seed);
  return expectConformant(
    await engine.validate({
      redeemables: [{ object: 'voucher', id: code }],
      order: { items },
      options: { expand: ['order'] },
    }),
  );
};

describe('ADD_SAME_ITEMS', () => {
  it('adds a free unit of the same product to its line', async () => {
    const response = await validate('SAMEMUG', [{ product_id: 'mug', price: 2500, quantity: 2 }]);
    expect(response.order).toMatchObject({
      amount: 7500,
      total_discount_amount: 2500,
      total_amount: 5000,
      items: [
        { product_id: 'mug', quantity: 3, initial_quantity: 2, discount_quantity: 1, applied_quantity: 1 },
      ],
    });
    expect(response.order?.items).toHaveLength(1);
  });

  it('adds nothing to an order without the product', async () => {
    const response = await validate('SAMEMUG', [{ product_id: 'cap', price: 1200, quantity: 1 }]);
    expect(response.order).toMatchObject({ amount: 1200, total_discount_amount: 0, total_amount: 1200 });
    expect(response.order?.items).toHaveLength(1);
  });

  it('redeems and rolls back', async () => {
    await validate('SAMEMUG', []);
    const redeemed = await engine!.redeem({
      redeemables: [{ object: 'voucher', id: 'SAMEMUG' }],
      order: { source_id: 'o1', items: [{ product_id: 'mug', price: 2500, quantity: 1 }] },
    });
    expect(redeemed.status).toBe(200);
    expectConformant(redeemed.body, 'RedemptionsRedeemResponseBody');
    expect(redeemed.body.order).toMatchObject({ amount: 5000, total_amount: 2500 });
    const rollback = await engine!.post(
      `/v1/redemptions/${redeemed.body.parent_redemption?.id}/rollbacks`,
      {},
    );
    expect(rollback.status).toBe(200);
    expectConformant(rollback.body, 'RedemptionsRollbacksCreateResponseBody');
  });
});

describe('ADD_MANY_ITEMS', () => {
  it('gives each product its units as its own effect says', async () => {
    const response = await validate('MANY', [
      { product_id: 'mug', price: 2500, quantity: 1 },
      { product_id: 'cap', price: 1200, quantity: 1 },
    ]);
    expect(response.order).toMatchObject({
      amount: 2500 + 1200 + 600,
      total_discount_amount: 600 + 1200,
      items: [
        { product_id: 'mug', quantity: 1 },
        { product_id: 'cap', quantity: 1, discount_quantity: 1 },
        { product: { id: 'sticker', name: 'Sticker' }, quantity: 2, discount_quantity: 2 },
      ],
    });
  });
});
