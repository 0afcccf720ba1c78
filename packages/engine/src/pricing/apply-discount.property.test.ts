import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seedDiscountSchema, type EngineDiscount } from '../seed/seed-schema.js';
import type { SeedTarget } from '../seed/seed-target-schema.js';
import { applyDiscount, type PricingCatalog } from './apply-discount.js';
import { appliedSoFar, calculatedOrder } from './calculated-order.js';
import { cartFromOrder, itemsDiscount, payable } from './cart.js';
import { scaleDiscount } from './scale-discount.js';

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

/** Products free units may be of: in the cart or not, priced by the catalog or not. */
const UNIT_TYPES = ['mug', 'tote', 'gift-wrap', 'sample'] as const;
const oneUnit = fc.record({
  unit_off: fc.integer({ min: 1, max: 4 }),
  unit_type: fc.constantFrom(...UNIT_TYPES),
  effect: fc.constantFrom('ADD_MISSING_ITEMS' as const, 'ADD_NEW_ITEMS' as const),
});

/** A `UNIT` discount: one product, or several distinct ones (`ADD_MANY_ITEMS`). */
function unitDiscount(): fc.Arbitrary<Extract<EngineDiscount, { type: 'UNIT' }>> {
  return fc.oneof(
    oneUnit.map((unit) => ({ type: 'UNIT' as const, ...unit })),
    fc
      .uniqueArray(oneUnit, { minLength: 1, maxLength: 3, selector: (unit) => unit.unit_type })
      .map((units) => ({ type: 'UNIT' as const, effect: 'ADD_MANY_ITEMS' as const, units })),
  );
}

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
    unitDiscount(),
  )
  .map((input) => seedDiscountSchema.parse(input));

const scenario = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 8 }),
  discounts: fc.array(discount, { minLength: 1, maxLength: 5 }),
});

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
            // What the line still cost once the discount's own units (if any) were added.
            const after = effect.cart.lines[index];
            const owed = (after?.amount ?? 0) - (cart.lines[index]?.discount ?? 0);
            expect(taken).toBeLessThanOrEqual(owed);
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
        const calculated = calculatedOrder(order, cart, appliedSoFar(cart));
        const items = calculated.items ?? [];
        expect(items.reduce((sum, item) => sum + (item.discount_amount ?? 0), 0)).toBe(
          calculated.items_discount_amount,
        );
        expect(calculated.total_discount_amount).toBe(
          (calculated.discount_amount ?? 0) + (calculated.items_discount_amount ?? 0),
        );
        expect(calculated.total_amount).toBe(
          (calculated.amount ?? 0) - (calculated.total_discount_amount ?? 0),
        );
        expect(calculated.total_amount).toBeGreaterThanOrEqual(0);
        expect(calculated.amount).toBe(
          cart.initialAmount + cart.lines.reduce((sum, at) => sum + (at.amount - at.initialAmount), 0),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly the free units promised (times the bundles), adding only what is missing', () => {
    const bundles = fc.integer({ min: 1, max: 3 });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        unitDiscount(),
        bundles,
        (lines, promised, times) => {
          const order = { items: lines };
          const before = cartFromOrder(order);
          const effect = applyDiscount(scaleDiscount(promised, times), before, catalog);
          const units = promised.effect === 'ADD_MANY_ITEMS' ? promised.units : [promised];
          // Units already in the order that became free: what the shopper no longer pays.
          let waived = 0;
          for (const unit of units) {
            const had = before.lines.find((at) => at.ids.includes(unit.unit_type));
            const now = effect.cart.lines.find((at) => at.ids.includes(unit.unit_type));
            const owed = unit.unit_off * times;
            const quantity =
              unit.effect === 'ADD_NEW_ITEMS'
                ? (had?.quantity ?? 0) + owed
                : Math.max(had?.quantity ?? 0, owed);
            expect(now).toMatchObject({ quantity, discountQuantity: owed });
            const price = had?.price ?? catalog.productPrices.get(unit.unit_type) ?? 0;
            expect(now?.discount).toBe(owed * price);
            waived += (owed - (quantity - (had?.quantity ?? 0))) * price;
          }
          const calculated = calculatedOrder(order, effect.cart, effect);
          const items = calculated.items ?? [];
          const sum = (values: (number | null | undefined)[]) =>
            values.reduce<number>((total, value) => total + (value ?? 0), 0);
          const promisedUnits = sum(units.map((unit) => unit.unit_off * times));
          expect(sum(items.map((item) => item.discount_quantity))).toBe(promisedUnits);
          expect(sum(items.map((item) => item.applied_discount_quantity))).toBe(promisedUnits);
          expect(sum(items.map((item) => item.applied_quantity_amount))).toBe(
            effect.cart.amount - before.amount,
          );
          expect(calculated.total_amount).toBe(
            (calculated.amount ?? 0) - (calculated.total_discount_amount ?? 0),
          );
          // Added free units cost nothing; free units already there come off the order.
          expect(calculated.total_amount).toBe(before.amount - waived);
        },
      ),
      { numRuns: 300 },
    );
  });
});
