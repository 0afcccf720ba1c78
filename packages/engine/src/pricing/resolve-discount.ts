import { SHIPPING_PRODUCT, type Metadata } from '@promokit/voucherify';

import type { EngineDiscount } from '../seed/seed-schema.js';
import type { Cart, CartLine } from './cart.js';
import { formulaValue, type FormulaFacts } from './discount-formula.js';

/** Whether a discount computes a value from a formula (Voucherify's `is_dynamic`). */
export function isDynamic(discount: EngineDiscount): boolean {
  if (discount.type === 'UNIT' && discount.effect === 'ADD_MANY_ITEMS')
    return discount.units.some((unit) => unit.unit_off_formula !== undefined);
  return (
    ('amount_off_formula' in discount && discount.amount_off_formula !== undefined) ||
    ('percent_off_formula' in discount && discount.percent_off_formula !== undefined) ||
    ('fixed_amount_formula' in discount && discount.fixed_amount_formula !== undefined) ||
    ('unit_off_formula' in discount && discount.unit_off_formula !== undefined)
  );
}

/** The facts of an order and request that formulas read, before any discount. */
export function formulaFacts(
  cart: Cart,
  request: {
    customerMetadata?: Metadata | undefined;
    orderMetadata?: Metadata | undefined;
    redemptionMetadata?: Metadata | undefined;
  },
): FormulaFacts {
  // Goods the request sent: not units a discount added, nor the shipping line.
  const lines = cart.lines.filter(
    (line) => line.item !== undefined && !line.ids.includes(SHIPPING_PRODUCT.id),
  );
  return {
    orderAmount: cart.amount,
    orderUnits: lines.reduce((sum, line) => sum + line.quantity, 0),
    orderItems: lines.length,
    customerMetadata: request.customerMetadata,
    orderMetadata: request.orderMetadata,
    redemptionMetadata: request.redemptionMetadata,
  };
}

/** The facts of one line, for formulas of item-level discounts. */
export function lineFacts(facts: FormulaFacts, line: CartLine): FormulaFacts {
  const item = line.item;
  return {
    ...facts,
    item: {
      price: line.price,
      quantity: line.quantity,
      amount: line.amount,
      metadata: { ...(item?.product?.metadata ?? {}), ...(item?.metadata ?? {}) },
    },
  };
}

const money = (value: number) => Math.max(0, Math.round(value * 100));
const units = (value: number) => Math.max(0, Math.floor(value));

/**
 * The discount with each formula's value in place of its static one (money in hundredths, from
 * the formula's currency units; percentages within 0–100; whole units), and the static value kept
 * where the formula's data is missing: Voucherify's fallback. A discount without formulas is
 * returned as it is. Pure.
 */
export function resolveDiscount(discount: EngineDiscount, facts: FormulaFacts): EngineDiscount {
  const value = (formula: string | undefined) =>
    formula === undefined ? undefined : formulaValue(formula, facts);
  switch (discount.type) {
    case 'AMOUNT': {
      const computed = value(discount.amount_off_formula);
      return computed === undefined ? discount : { ...discount, amount_off: money(computed) };
    }
    case 'PERCENT': {
      const computed = value(discount.percent_off_formula);
      return computed === undefined
        ? discount
        : { ...discount, percent_off: Math.min(100, Math.max(0, computed)) };
    }
    case 'FIXED': {
      const computed = value(discount.fixed_amount_formula);
      return computed === undefined ? discount : { ...discount, fixed_amount: money(computed) };
    }
    case 'UNIT': {
      if (discount.effect === 'ADD_MANY_ITEMS') {
        return {
          ...discount,
          units: discount.units.map((unit) => {
            const computed = value(unit.unit_off_formula);
            return computed === undefined ? unit : { ...unit, unit_off: units(computed) };
          }),
        };
      }
      const computed = value(discount.unit_off_formula);
      return computed === undefined ? discount : { ...discount, unit_off: units(computed) };
    }
  }
}
