import { describe, expect, it } from 'vitest';

import { discountSchema } from './discount.js';
import { SHIPPING_PRODUCT, freeShippingDiscountSchema } from './free-shipping.js';

const freeShipping = {
  type: 'UNIT',
  effect: 'ADD_MISSING_ITEMS',
  unit_off: 1,
  unit_type: SHIPPING_PRODUCT.id,
  product: SHIPPING_PRODUCT,
};

describe('discountSchema', () => {
  it.each([
    ['AMOUNT', { type: 'AMOUNT', effect: 'APPLY_TO_ITEMS', amount_off: 1000, is_dynamic: false }],
    ['PERCENT', { type: 'PERCENT', effect: 'APPLY_TO_ORDER', percent_off: 40, amount_limit: 2000 }],
    ['FIXED', { type: 'FIXED', effect: 'APPLY_TO_ITEMS', fixed_amount: 1000 }],
    ['UNIT (free shipping)', freeShipping],
    [
      'UNIT with many units',
      {
        type: 'UNIT',
        effect: 'ADD_MANY_ITEMS',
        units: [{ unit_off: 1, unit_type: 'prod_a', effect: 'ADD_NEW_ITEMS' }],
      },
    ],
  ])('parses %s', (_, discount) => {
    expect(discountSchema.parse(discount)).toEqual(discount);
  });

  it.each([
    ['an unknown type', { type: 'SHIPPING', amount_off: 1 }],
    ['AMOUNT without amount_off', { type: 'AMOUNT', effect: 'APPLY_TO_ORDER' }],
    [
      'PERCENT with an AMOUNT-only effect',
      { type: 'PERCENT', percent_off: 5, effect: 'APPLY_TO_ITEMS_BY_QUANTITY' },
    ],
    ['UNIT without unit_type', { type: 'UNIT', effect: 'ADD_NEW_ITEMS', unit_off: 1 }],
  ])('rejects %s', (_, discount) => {
    expect(discountSchema.safeParse(discount).success).toBe(false);
  });
});

describe('freeShippingDiscountSchema', () => {
  it('accepts only a missing-unit discount on the shipping product', () => {
    expect(freeShippingDiscountSchema.safeParse(freeShipping).success).toBe(true);
    expect(freeShippingDiscountSchema.safeParse({ ...freeShipping, unit_type: 'prod_mug' }).success).toBe(
      false,
    );
    expect(freeShippingDiscountSchema.safeParse({ ...freeShipping, effect: 'ADD_NEW_ITEMS' }).success).toBe(
      false,
    );
  });
});
