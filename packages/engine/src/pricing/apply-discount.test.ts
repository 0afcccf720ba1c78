import { describe, expect, it } from 'vitest';

import type { EngineDiscount } from '../seed/seed-schema.js';
import { applyDiscount, type PricingCatalog } from './apply-discount.js';
import { calculatedOrder } from './calculated-order.js';
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

describe('applyDiscount: free units (DIGEST §8; Voucherify\'s "Reward effects")', () => {
  /** A cart holding a single cup. */
  const oneMug = cartFromOrder({ items: [{ product_id: 'cup', price: 1200, quantity: 1 }] });
  type Row = {
    /** Per line of the cart after the discount. */
    quantities: number[];
    free: number[];
    added: number[];
    discounts: number[];
    amount: number;
  };
  const unit = (
    unit_type: string,
    unit_off: number,
    effect: 'ADD_MISSING_ITEMS' | 'ADD_NEW_ITEMS',
  ): EngineDiscount => ({ type: 'UNIT', unit_type, unit_off, effect });

  it.each<[string, EngineDiscount, ReturnType<typeof cartFromOrder>, Row]>([
    [
      'ADD_MISSING_ITEMS, 2 promised, 1 in the cart: adds 1 and makes both free',
      unit('cup', 2, 'ADD_MISSING_ITEMS'),
      oneMug,
      { quantities: [2], free: [2], added: [1], discounts: [2400], amount: 2400 },
    ],
    [
      'ADD_MISSING_ITEMS, 2 promised, 2 in the cart: adds nothing, both free',
      unit('mug', 2, 'ADD_MISSING_ITEMS'),
      cart,
      {
        quantities: [2, 3, 3, 2],
        free: [2, 0, 0, 0],
        added: [0, 0, 0, 0],
        discounts: [2000, 0, 0, 0],
        amount: 17_500,
      },
    ],
    [
      'ADD_MISSING_ITEMS, 2 promised, 3 in the cart: two of them free',
      unit('poster', 2, 'ADD_MISSING_ITEMS'),
      cart,
      {
        quantities: [2, 3, 3, 2],
        free: [0, 2, 0, 0],
        added: [0, 0, 0, 0],
        discounts: [0, 3000, 0, 0],
        amount: 17_500,
      },
    ],
    [
      'ADD_MISSING_ITEMS, none in the cart: a new line at the catalog price, all free',
      unit('sticker', 2, 'ADD_MISSING_ITEMS'),
      cart,
      {
        quantities: [2, 3, 3, 2, 2],
        free: [0, 0, 0, 0, 2],
        added: [0, 0, 0, 0, 2],
        discounts: [0, 0, 0, 0, 600],
        amount: 18_100,
      },
    ],
    [
      'ADD_NEW_ITEMS, 3 in the cart: always adds 2, only those free',
      unit('poster', 2, 'ADD_NEW_ITEMS'),
      cart,
      {
        quantities: [2, 5, 3, 2],
        free: [0, 2, 0, 0],
        added: [0, 2, 0, 0],
        discounts: [0, 3000, 0, 0],
        amount: 20_500,
      },
    ],
    [
      'ADD_NEW_ITEMS, none in the cart: a new line',
      unit('sticker', 2, 'ADD_NEW_ITEMS'),
      cart,
      {
        quantities: [2, 3, 3, 2, 2],
        free: [0, 0, 0, 0, 2],
        added: [0, 0, 0, 0, 2],
        discounts: [0, 0, 0, 0, 600],
        amount: 18_100,
      },
    ],
    [
      'ADD_MANY_ITEMS: each unit with its own effect, in turn',
      {
        type: 'UNIT',
        effect: 'ADD_MANY_ITEMS',
        units: [
          { unit_type: 'mug', unit_off: 3, effect: 'ADD_MISSING_ITEMS' },
          { unit_type: 'sticker', unit_off: 1, effect: 'ADD_NEW_ITEMS' },
          { unit_type: 'bottle', unit_off: 1, effect: 'ADD_NEW_ITEMS' },
        ],
      },
      cart,
      {
        quantities: [3, 3, 3, 3, 1],
        free: [3, 0, 0, 1, 1],
        added: [1, 0, 0, 1, 1],
        discounts: [3000, 0, 0, 2500, 300],
        amount: 17_500 + 1000 + 2500 + 300,
      },
    ],
  ])('%s', (_, discount, before, expected) => {
    const effect = applyDiscount(discount, before, catalog);
    expect({
      quantities: effect.cart.lines.map((line) => line.quantity),
      free: effect.cart.lines.map((line) => line.discountQuantity),
      added: effect.cart.lines.map((line) => line.quantity - line.initialQuantity),
      discounts: effect.cart.lines.map((line) => line.discount),
      amount: effect.cart.amount,
    }).toEqual(expected);
    expect(effect.lineDiscounts).toEqual(expected.discounts);
    expect(effect.lineFreeUnits).toEqual(expected.free);
    expect(effect.lineAddedUnits).toEqual(expected.added);
    expect(effect.orderDiscount).toBe(0);
  });

  it('reports the topped-up line as Voucherify does: initial and applied quantities and amounts', () => {
    const effect = applyDiscount(unit('cup', 2, 'ADD_MISSING_ITEMS'), oneMug, catalog);
    const order = calculatedOrder(
      { items: [{ product_id: 'cup', price: 1200, quantity: 1 }] },
      effect.cart,
      effect,
    );
    expect(order).toMatchObject({
      amount: 2400,
      initial_amount: 1200,
      items_discount_amount: 2400,
      total_discount_amount: 2400,
      total_amount: 0,
      total_applied_discount_amount: 2400,
    });
    expect(order.items).toEqual([
      {
        object: 'order_item',
        product_id: 'cup',
        price: 1200,
        quantity: 2,
        initial_quantity: 1,
        discount_quantity: 2,
        applied_discount_quantity: 2,
        applied_quantity: 1,
        applied_quantity_amount: 1200,
        amount: 2400,
        initial_amount: 1200,
        discount_amount: 2400,
        applied_discount_amount: 2400,
        subtotal_amount: 0,
      },
    ]);
  });

  it('zeroes a shipping line sent with source_id 5h1pp1ng', () => {
    const withShipping = cartFromOrder({
      items: [
        { source_id: 'mug', price: 2500 },
        { source_id: '5h1pp1ng', price: 799 },
      ],
    });
    const effect = applyDiscount(unit('prod_5h1pp1ng', 1, 'ADD_MISSING_ITEMS'), withShipping, catalog);
    expect(effect.lineDiscounts).toEqual([0, 799]);
    expect(effect.cart.lines[1]).toMatchObject({ quantity: 1, discountQuantity: 1, discount: 799 });
    expect(effect.cart.amount).toBe(2500 + 799);
  });

  it("adds the shipping line Voucherify's way when the order has none: the built-in product, free", () => {
    const shipping = { ...catalog, productPrices: new Map([['prod_5h1pp1ng', 695]]) };
    const effect = applyDiscount(unit('prod_5h1pp1ng', 1, 'ADD_MISSING_ITEMS'), cart, shipping);
    const added = calculatedOrder({}, effect.cart, effect).items?.at(-1);
    expect(added).toEqual({
      object: 'order_item',
      product_id: 'prod_5h1pp1ng',
      product: { id: 'prod_5h1pp1ng', source_id: '5h1pp1ng', name: 'Shipping' },
      price: 695,
      quantity: 1,
      initial_quantity: 0,
      discount_quantity: 1,
      applied_discount_quantity: 1,
      applied_quantity: 1,
      applied_quantity_amount: 695,
      amount: 695,
      initial_amount: 0,
      discount_amount: 695,
      applied_discount_amount: 695,
      subtotal_amount: 0,
    });
  });
});
