import { describe, expect, it } from 'vitest';

import { calculatedOrder } from './calculated-order.js';
import { initialTotals, withOrderDiscount } from './order-totals.js';

describe('initialTotals', () => {
  it.each([
    ['no order', undefined, 0],
    ['the order amount wins', { amount: 1234, items: [{ amount: 1 }] }, 1234],
    ['sum of line amounts', { items: [{ amount: 1000 }, { amount: 250 }] }, 1250],
    ['price × quantity', { items: [{ price: 700, quantity: 3 }] }, 2100],
    ['price alone counts once', { items: [{ price: 700 }] }, 700],
    ['a line without price counts 0', { items: [{ product_id: 'prod_a', quantity: 2 }] }, 0],
  ])('%s', (_, order, expected) => {
    expect(initialTotals(order).amount).toBe(expected);
  });
});

describe('calculatedOrder', () => {
  const order = {
    source_id: 'ord-1',
    items: [
      { product_id: 'prod_mug', price: 1000, quantity: 2 },
      { sku_id: 'sku_poster', amount: 4500, quantity: 3 },
    ],
    metadata: { channel: 'web' },
  };

  it('follows the OrderCalculated formulas after order-level discounts', () => {
    const totals = withOrderDiscount(withOrderDiscount(initialTotals(order), 500), 600);
    expect(calculatedOrder(order, totals, 600)).toEqual({
      source_id: 'ord-1',
      amount: 6500,
      discount_amount: 1100,
      items_discount_amount: 0,
      total_discount_amount: 1100,
      total_amount: 5400,
      applied_discount_amount: 600,
      items_applied_discount_amount: 0,
      total_applied_discount_amount: 600,
      items: [
        {
          object: 'order_item',
          product_id: 'prod_mug',
          price: 1000,
          quantity: 2,
          amount: 2000,
          discount_amount: 0,
          applied_discount_amount: 0,
          subtotal_amount: 2000,
        },
        {
          object: 'order_item',
          sku_id: 'sku_poster',
          quantity: 3,
          amount: 4500,
          discount_amount: 0,
          applied_discount_amount: 0,
          subtotal_amount: 4500,
        },
      ],
      metadata: { channel: 'web' },
      object: 'order',
    });
  });

  it('describes a missing order as an empty one', () => {
    expect(calculatedOrder(undefined, initialTotals(undefined), 0)).toMatchObject({
      amount: 0,
      total_amount: 0,
      items: [],
      metadata: {},
      object: 'order',
    });
  });
});
