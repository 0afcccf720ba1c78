import { describe, expect, it } from 'vitest';

import type { EngineDiscount } from '../seed/seed-schema.js';
import { applyDiscount, type PricingCatalog } from './apply-discount.js';
import { cartFromOrder } from './cart.js';

/** DIGEST §8's cart: mug 2×$10, poster 3×$15, t-shirt 3×$20, bottle 2×$25 ($175). */
const cart = cartFromOrder({
  items: [
    { product_id: 'mug', price: 1000, quantity: 2 },
    { product_id: 'poster', price: 1500, quantity: 3 },
    { product_id: 'tshirt', price: 2000, quantity: 3 },
    { product_id: 'bottle', price: 2500, quantity: 2 },
  ],
});
const catalog: PricingCatalog = {
  collections: new Map([['pc_adventure', new Set(['mug', 'poster', 'tshirt'])]]),
  productPrices: new Map([['sticker', 300]]),
};
const adventure = [
  { object: 'products_collection' as const, id: 'pc_adventure', effect: 'APPLY_TO_EVERY' as const },
];

describe('applyDiscount: DIGEST §8 worked examples', () => {
  it.each<[string, EngineDiscount, number[]]>([
    [
      '$10 APPLY_TO_ITEMS',
      { type: 'AMOUNT', amount_off: 1000, effect: 'APPLY_TO_ITEMS', applicable_to: adventure },
      [1000, 1000, 1000, 0],
    ],
    [
      '$10 APPLY_TO_ITEMS_BY_QUANTITY',
      { type: 'AMOUNT', amount_off: 1000, effect: 'APPLY_TO_ITEMS_BY_QUANTITY', applicable_to: adventure },
      [2000, 3000, 3000, 0],
    ],
    [
      '$10 APPLY_TO_ITEMS_PROPORTIONALLY',
      { type: 'AMOUNT', amount_off: 1000, effect: 'APPLY_TO_ITEMS_PROPORTIONALLY', applicable_to: adventure },
      [160, 360, 480, 0],
    ],
    [
      '$10 APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY',
      {
        type: 'AMOUNT',
        amount_off: 1000,
        effect: 'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY',
        applicable_to: adventure,
      },
      [250, 375, 375, 0],
    ],
    [
      '10% APPLY_TO_ITEMS',
      { type: 'PERCENT', percent_off: 10, effect: 'APPLY_TO_ITEMS', applicable_to: adventure },
      [200, 450, 600, 0],
    ],
    [
      'new price $10 APPLY_TO_ITEMS',
      { type: 'FIXED', fixed_amount: 1000, effect: 'APPLY_TO_ITEMS', applicable_to: adventure },
      [0, 1500, 3000, 0],
    ],
    [
      '20% on the cheapest adventure unit',
      {
        type: 'PERCENT',
        percent_off: 100,
        effect: 'APPLY_TO_ITEMS',
        applicable_to: [{ ...adventure[0]!, effect: 'APPLY_TO_CHEAPEST' }],
      },
      [1000, 0, 0, 0],
    ],
    [
      '$5 off the most expensive unit',
      {
        type: 'AMOUNT',
        amount_off: 500,
        effect: 'APPLY_TO_ITEMS',
        applicable_to: [
          { object: 'product', id: 'bottle', effect: 'APPLY_TO_MOST_EXPENSIVE' },
          { object: 'product', id: 'mug', effect: 'APPLY_TO_MOST_EXPENSIVE' },
        ],
      },
      [500, 0, 0, 500],
    ],
    [
      '10% on items but not t-shirts',
      {
        type: 'PERCENT',
        percent_off: 10,
        effect: 'APPLY_TO_ITEMS',
        inapplicable_to: [{ object: 'product', id: 'tshirt', effect: 'APPLY_TO_EVERY' }],
      },
      [200, 450, 0, 500],
    ],
    [
      '10% on items, at most $3 per line',
      { type: 'PERCENT', percent_off: 10, amount_limit: 300, effect: 'APPLY_TO_ITEMS' },
      [200, 300, 300, 300],
    ],
    [
      '$10 per item, at most $25 in all',
      { type: 'AMOUNT', amount_off: 1000, effect: 'APPLY_TO_ITEMS', aggregated_amount_limit: 2500 },
      [1000, 1000, 500, 0],
    ],
  ])('%s', (_, discount, expected) => {
    const effect = applyDiscount(discount, cart, catalog);
    expect(effect.lineDiscounts).toEqual(expected);
    expect(effect.cart.lines.map((line) => line.discount)).toEqual(expected);
    expect(effect.orderDiscount).toBe(0);
  });

  it.each<[string, EngineDiscount, number]>([
    ['10% of the order', { type: 'PERCENT', percent_off: 10, effect: 'APPLY_TO_ORDER' }, 1750],
    [
      '25% capped at $25',
      { type: 'PERCENT', percent_off: 25, amount_limit: 2500, effect: 'APPLY_TO_ORDER' },
      2500,
    ],
    ['$5 off the order', { type: 'AMOUNT', amount_off: 500, effect: 'APPLY_TO_ORDER' }, 500],
    [
      '$500 off never exceeds the order',
      { type: 'AMOUNT', amount_off: 50_000, effect: 'APPLY_TO_ORDER' },
      17_500,
    ],
    ['the order for $150', { type: 'FIXED', fixed_amount: 15_000, effect: 'APPLY_TO_ORDER' }, 2500],
  ])('%s at order level', (_, discount, expected) => {
    expect(applyDiscount(discount, cart, catalog).orderDiscount).toBe(expected);
  });
});

describe('applyDiscount: free units', () => {
  it('zeroes a shipping line sent with source_id 5h1pp1ng', () => {
    const withShipping = cartFromOrder({
      items: [
        { source_id: 'mug', price: 2500 },
        { source_id: '5h1pp1ng', price: 799 },
      ],
    });
    const effect = applyDiscount(
      { type: 'UNIT', unit_off: 1, unit_type: 'prod_5h1pp1ng', effect: 'ADD_MISSING_ITEMS' },
      withShipping,
      catalog,
    );
    expect(effect.lineDiscounts).toEqual([0, 799]);
    expect(effect.cart.lines[1]?.discountQuantity).toBe(1);
  });

  it('adds missing units at the catalog price, free', () => {
    const effect = applyDiscount(
      { type: 'UNIT', unit_off: 2, unit_type: 'sticker', effect: 'ADD_NEW_ITEMS' },
      cart,
      catalog,
    );
    expect(effect.cart.amount).toBe(17_500 + 600);
    expect(effect.lineDiscounts.at(-1)).toBe(600);
  });

  it('tops up existing units with ADD_MISSING_ITEMS', () => {
    const effect = applyDiscount(
      { type: 'UNIT', unit_off: 1, unit_type: 'poster', effect: 'ADD_MISSING_ITEMS' },
      cart,
      catalog,
    );
    expect(effect.lineDiscounts).toEqual([0, 1500, 0, 0]);
    expect(effect.cart.lines).toHaveLength(4);
  });
});
