import { describe, expect, it } from 'vitest';

import type { EngineDiscount } from '../seed/seed-schema.js';
import { applyDiscount, type PricingCatalog } from './apply-discount.js';
import { cartFromOrder } from './cart.js';
import { scaleDiscount } from './scale-discount.js';

/** Two bundles' worth of goods: 6 mugs (two "3 mugs" bundles), 4 caps, and a kettle. */
const cart = cartFromOrder({
  items: [
    { product_id: 'mug', price: 2500, quantity: 6 },
    { product_id: 'cap', price: 3000, quantity: 4 },
    { product_id: 'kettle', price: 8000, quantity: 1 },
  ],
}); // 15000 + 12000 + 8000 = 35000
const catalog: PricingCatalog = { collections: new Map(), productPrices: new Map([['sticker', 300]]) };
const cap = [{ object: 'product' as const, id: 'cap', effect: 'APPLY_TO_EVERY' as const, quantity_limit: 1 }];
const cheapestMug = [
  { object: 'product' as const, id: 'mug', effect: 'APPLY_TO_CHEAPEST' as const, quantity_limit: 1 },
];

/** What a discount takes off at order level plus per line, after bundle scaling. */
function taken(discount: EngineDiscount, bundles: number) {
  const effect = applyDiscount(scaleDiscount(discount, bundles), cart, catalog);
  return { order: effect.orderDiscount, lines: effect.lineDiscounts };
}

describe('scaleDiscount: Voucherify bundle scaling, one bundle against two', () => {
  it.each<[string, EngineDiscount, ReturnType<typeof taken>, ReturnType<typeof taken>]>([
    [
      'AMOUNT on the order: the amount doubles',
      { type: 'AMOUNT', amount_off: 500, effect: 'APPLY_TO_ORDER' },
      { order: 500, lines: [0, 0, 0] },
      { order: 1000, lines: [0, 0, 0] },
    ],
    [
      'PERCENT on the order: the percentage doubles',
      { type: 'PERCENT', percent_off: 5, effect: 'APPLY_TO_ORDER' },
      { order: 1750, lines: [0, 0, 0] },
      { order: 3500, lines: [0, 0, 0] },
    ],
    [
      'PERCENT on the order capped: the cap doubles too',
      { type: 'PERCENT', percent_off: 50, amount_limit: 2000, effect: 'APPLY_TO_ORDER' },
      { order: 2000, lines: [0, 0, 0] },
      { order: 4000, lines: [0, 0, 0] },
    ],
    [
      'FIXED order total: never multiplied',
      { type: 'FIXED', fixed_amount: 30_000, effect: 'APPLY_TO_ORDER' },
      { order: 5000, lines: [0, 0, 0] },
      { order: 5000, lines: [0, 0, 0] },
    ],
    [
      'AMOUNT off each item subtotal: the amount doubles',
      { type: 'AMOUNT', amount_off: 400, effect: 'APPLY_TO_ITEMS', applicable_to: cap },
      { order: 0, lines: [0, 400, 0] },
      { order: 0, lines: [0, 800, 0] },
    ],
    [
      'AMOUNT off each unit: the amount stays, the units double',
      { type: 'AMOUNT', amount_off: 2000, effect: 'APPLY_TO_ITEMS_BY_QUANTITY', applicable_to: cap },
      { order: 0, lines: [0, 2000, 0] },
      { order: 0, lines: [0, 4000, 0] },
    ],
    [
      'AMOUNT split by amount: the amount doubles',
      { type: 'AMOUNT', amount_off: 3500, effect: 'APPLY_TO_ITEMS_PROPORTIONALLY' },
      { order: 0, lines: [1500, 1200, 800] },
      { order: 0, lines: [3000, 2400, 1600] },
    ],
    [
      'PERCENT on the cheapest mug (buy 2, get the 3rd free): two mugs free',
      { type: 'PERCENT', percent_off: 100, effect: 'APPLY_TO_ITEMS', applicable_to: cheapestMug },
      { order: 0, lines: [2500, 0, 0] },
      { order: 0, lines: [5000, 0, 0] },
    ],
    [
      'FIXED new unit price: the price stays, the units double',
      { type: 'FIXED', fixed_amount: 1000, effect: 'APPLY_TO_ITEMS', applicable_to: cap },
      { order: 0, lines: [0, 2000, 0] },
      { order: 0, lines: [0, 4000, 0] },
    ],
    [
      'UNIT: the free units double',
      { type: 'UNIT', unit_type: 'sticker', unit_off: 1, effect: 'ADD_NEW_ITEMS' },
      { order: 0, lines: [0, 0, 0, 300] },
      { order: 0, lines: [0, 0, 0, 600] },
    ],
    [
      'UNIT, many products: each product’s free units double',
      {
        type: 'UNIT',
        effect: 'ADD_MANY_ITEMS',
        units: [
          { unit_type: 'cap', unit_off: 1, effect: 'ADD_MISSING_ITEMS' },
          { unit_type: 'sticker', unit_off: 2, effect: 'ADD_NEW_ITEMS' },
        ],
      },
      { order: 0, lines: [0, 3000, 0, 600] },
      { order: 0, lines: [0, 6000, 0, 1200] },
    ],
  ])('%s', (_, discount, once, twice) => {
    expect(taken(discount, 1)).toEqual(once);
    expect(taken(discount, 2)).toEqual(twice);
  });

  it('never takes more than 100%', () => {
    const half: EngineDiscount = { type: 'PERCENT', percent_off: 40, effect: 'APPLY_TO_ORDER' };
    expect(scaleDiscount(half, 3)).toMatchObject({ percent_off: 100 });
    expect(taken(half, 3).order).toBe(35_000);
  });

  it('leaves the discount alone without bundles or with one', () => {
    const discount: EngineDiscount = { type: 'AMOUNT', amount_off: 500, effect: 'APPLY_TO_ORDER' };
    expect(scaleDiscount(discount, 0)).toBe(discount);
    expect(scaleDiscount(discount, 1)).toBe(discount);
  });
});
