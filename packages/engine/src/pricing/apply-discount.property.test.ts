import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seedDiscountSchema, type EngineDiscount } from '../seed/seed-schema.js';
import type { SeedTarget } from '../seed/seed-target-schema.js';
import { applyDiscount, type PricingCatalog } from './apply-discount.js';
import { calculatedOrder } from './calculated-order.js';
import { cartFromOrder, itemsDiscount, payable, type Cart } from './cart.js';

const PRODUCTS = ['mug', 'tote', 'cap', 'kettle'] as const;
const catalog: PricingCatalog = {
  collections: new Map([['pc_kitchen', new Set(['mug', 'kettle'])]]),
  productPrices: new Map([
    ['mug', 2500],
    ['gift-wrap', 400],
  ]),
};

const line = fc.record({
  product_id: fc.constantFrom(...PRODUCTS),
  price: fc.integer({ min: 0, max: 50_000 }),
  quantity: fc.integer({ min: 1, max: 6 }),
});

const target: fc.Arbitrary<SeedTarget> = fc.record({
  object: fc.constantFrom('product' as const, 'products_collection' as const),
  id: fc.constantFrom(...PRODUCTS, 'pc_kitchen'),
  effect: fc.constantFrom(
    'APPLY_TO_EVERY' as const,
    'APPLY_TO_CHEAPEST' as const,
    'APPLY_TO_MOST_EXPENSIVE' as const,
  ),
  quantity_limit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});
const targets = fc.option(fc.array(target, { minLength: 1, maxLength: 3 }), { nil: undefined });
const limit = fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined });

/** Every discount the seed format allows, with its targets and limits. */
const discount: fc.Arbitrary<EngineDiscount> = fc
  .oneof(
    fc.record({
      type: fc.constant('AMOUNT'),
      amount_off: fc.integer({ min: 1, max: 30_000 }),
      effect: fc.constantFrom(
        'APPLY_TO_ORDER',
        'APPLY_TO_ITEMS',
        'APPLY_TO_ITEMS_BY_QUANTITY',
        'APPLY_TO_ITEMS_PROPORTIONALLY',
        'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY',
      ),
      aggregated_amount_limit: limit,
      applicable_to: targets,
      inapplicable_to: targets,
    }),
    fc.record({
      type: fc.constant('PERCENT'),
      percent_off: fc.integer({ min: 1, max: 1_000_000 }).map((basisPoints) => basisPoints / 10_000),
      effect: fc.constantFrom('APPLY_TO_ORDER', 'APPLY_TO_ITEMS'),
      amount_limit: limit,
      aggregated_amount_limit: limit,
      applicable_to: targets,
    }),
    fc.record({
      type: fc.constant('FIXED'),
      fixed_amount: fc.integer({ min: 0, max: 40_000 }),
      effect: fc.constantFrom('APPLY_TO_ORDER', 'APPLY_TO_ITEMS'),
      applicable_to: targets,
    }),
    fc.record({
      type: fc.constant('UNIT'),
      unit_off: fc.integer({ min: 1, max: 3 }),
      unit_type: fc.constantFrom('mug', 'gift-wrap'),
      effect: fc.constantFrom('ADD_MISSING_ITEMS', 'ADD_NEW_ITEMS'),
    }),
  )
  .map((input) => seedDiscountSchema.parse(input));

const scenario = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 8 }),
  discounts: fc.array(discount, { minLength: 1, maxLength: 5 }),
});

const remaining = (cart: Cart, index: number) => {
  const at = cart.lines[index];
  return at === undefined ? 0 : at.amount - at.discount;
};

describe('applyDiscount: properties over any cart and stack of discounts', () => {
  it('never takes more than what each discount applies to, and totals never go negative', () => {
    fc.assert(
      fc.property(scenario, ({ lines, discounts }) => {
        let cart = cartFromOrder({ items: lines });
        for (const next of discounts) {
          const effect = applyDiscount(next, cart, catalog);
          expect(effect.orderDiscount).toBeGreaterThanOrEqual(0);
          expect(effect.orderDiscount).toBeLessThanOrEqual(payable(cart));
          effect.lineDiscounts.forEach((taken, index) => {
            expect(taken).toBeGreaterThanOrEqual(0);
            // A line a UNIT discount adds is given away whole: its discount is its own amount.
            const before =
              index < cart.lines.length ? remaining(cart, index) : effect.cart.lines[index]?.amount;
            expect(taken).toBeLessThanOrEqual(before ?? 0);
          });
          cart = effect.cart;
          expect(payable(cart)).toBeGreaterThanOrEqual(0);
          expect(cart.amount - cart.orderDiscount - itemsDiscount(cart)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("adds the items' discounts up to the order's items discount", () => {
    fc.assert(
      fc.property(scenario, ({ lines, discounts }) => {
        const order = { items: lines };
        let cart = cartFromOrder(order);
        for (const next of discounts) cart = applyDiscount(next, cart, catalog).cart;
        const calculated = calculatedOrder(order, cart, {
          orderDiscount: cart.orderDiscount,
          lineDiscounts: cart.lines.map((at) => at.discount),
        });
        const items = calculated.items ?? [];
        expect(items.reduce((sum, item) => sum + (item.discount_amount ?? 0), 0)).toBe(
          calculated.items_discount_amount,
        );
        expect(calculated.total_discount_amount).toBe(
          (calculated.discount_amount ?? 0) + (calculated.items_discount_amount ?? 0),
        );
        expect(calculated.total_amount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
