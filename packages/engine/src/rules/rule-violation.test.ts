import { describe, expect, it } from 'vitest';

import { cartFromOrder } from '../pricing/cart.js';
import type { RuleCondition, ValidationRule } from '../seed/seed-schema.js';
import { checkRules, type RuleContext, type RuleCustomer } from './rule-violation.js';

const catalog = {
  collections: new Map([['pc_bags', new Set(['tote', 'daypack'])]]),
  productPrices: new Map<string, number>(),
};
const cart = cartFromOrder({
  items: [
    { product_id: 'mug', price: 2500, quantity: 2 },
    { product_id: 'tote', price: 3500, quantity: 1 },
  ],
}); // 85.00
const member: RuleCustomer = {
  sourceId: 'cust-vip',
  metadata: { tier: 'vip' },
  ordersCount: 0,
  campaignRedemptions: 0,
};

function context(overrides: Partial<RuleContext> = {}): RuleContext {
  return { cart, customer: member, holder: undefined, campaignRedemptions: 0, catalog, ...overrides };
}

const rule = (id: string, ...conditions: RuleCondition[]): ValidationRule => ({ id, name: id, conditions });
const item = (object: 'product' | 'products_collection', id: string, quantity = 1) => ({
  object,
  id,
  quantity,
});

describe('checkRules: one condition each', () => {
  it.each<[string, RuleCondition, Partial<RuleContext>, string | undefined]>([
    ['minimum met', { type: 'min_order_amount', amount: 8500 }, {}, undefined],
    ['minimum missed', { type: 'min_order_amount', amount: 8501 }, {}, 'order_rules_violated'],
    ['maximum met', { type: 'max_order_amount', amount: 8500 }, {}, undefined],
    ['maximum exceeded', { type: 'max_order_amount', amount: 8499 }, {}, 'order_rules_violated'],
    [
      'all items held',
      { type: 'order_items', match: 'all', items: [item('product', 'mug', 2), item('product', 'tote')] },
      {},
      undefined,
    ],
    [
      'an item short in quantity',
      { type: 'order_items', match: 'all', items: [item('product', 'mug', 3)] },
      {},
      'order_rules_violated',
    ],
    [
      'one of the items held',
      { type: 'order_items', match: 'any', items: [item('product', 'cap'), item('product', 'mug')] },
      {},
      undefined,
    ],
    [
      'none of the items held',
      { type: 'order_items', match: 'any', items: [item('product', 'cap')] },
      {},
      'order_rules_violated',
    ],
    [
      'an item of a collection',
      { type: 'order_items', match: 'all', items: [item('products_collection', 'pc_bags')] },
      {},
      undefined,
    ],
    [
      'the segment matches',
      { type: 'customer_metadata', key: 'tier', values: ['vip', 'gold'] },
      {},
      undefined,
    ],
    [
      'the segment differs',
      { type: 'customer_metadata', key: 'tier', values: ['gold'] },
      {},
      'customer_rules_violated',
    ],
    [
      'a segment without a customer',
      { type: 'customer_metadata', key: 'tier', values: ['vip'] },
      { customer: undefined },
      'missing_customer',
    ],
    ['a first order', { type: 'first_order' }, {}, undefined],
    [
      'not a first order',
      { type: 'first_order' },
      { customer: { ...member, ordersCount: 1 } },
      'customer_rules_violated',
    ],
    ['first order of a guest', { type: 'first_order' }, { customer: undefined }, 'missing_customer'],
    ['the code held by the customer', { type: 'code_holder' }, { holder: 'cust-vip' }, undefined],
    ["someone else's code", { type: 'code_holder' }, { holder: 'cust-other' }, 'customer_rules_violated'],
    ['a code held by no one', { type: 'code_holder' }, { holder: undefined }, 'customer_rules_violated'],
    [
      'a held code for a guest',
      { type: 'code_holder' },
      { holder: 'cust-vip', customer: undefined },
      'missing_customer',
    ],
    [
      'under the per-customer limit',
      { type: 'redemptions_per_customer', max: 2 },
      { customer: { ...member, campaignRedemptions: 1 } },
      undefined,
    ],
    [
      'at the per-customer limit',
      { type: 'redemptions_per_customer', max: 2 },
      { customer: { ...member, campaignRedemptions: 2 } },
      'redemption_rules_violated',
    ],
    [
      'under the total limit',
      { type: 'total_redemptions', max: 100 },
      { campaignRedemptions: 99 },
      undefined,
    ],
    [
      'at the total limit',
      { type: 'total_redemptions', max: 100 },
      { campaignRedemptions: 100 },
      'redemption_rules_violated',
    ],
  ])('%s', (_, condition, overrides, key) => {
    expect(checkRules([rule('val_one', condition)], context(overrides)).violation?.key).toBe(key);
  });
});

describe('checkRules: what a violation reports', () => {
  it('names every violated rule and the first one’s own message', () => {
    const { violation } = checkRules(
      [
        rule('val_ok', { type: 'max_order_amount', amount: 100_000 }),
        {
          ...rule('val_min', { type: 'min_order_amount', amount: 10_000 }),
          error: { message: 'Spend 100.00' },
        },
        {
          ...rule('val_cap', { type: 'order_items', match: 'all', items: [item('product', 'cap')] }),
          error: { message: 'Add a cap' },
        },
      ],
      context(),
    );
    expect(violation).toEqual({
      key: 'order_rules_violated',
      ruleIds: ['val_min', 'val_cap'],
      message: 'Spend 100.00',
      missingAmount: undefined,
    });
  });

  it('gives the missing amount when only minimums are unmet: the largest shortfall', () => {
    const { violation } = checkRules(
      [
        rule('val_a', { type: 'min_order_amount', amount: 9000 }),
        rule('val_b', { type: 'min_order_amount', amount: 10_000 }),
      ],
      context(),
    );
    expect(violation?.missingAmount).toBe(1500);
  });

  it('prefers missing_customer to other keys', () => {
    const { violation } = checkRules(
      [
        rule('val_min', { type: 'min_order_amount', amount: 10_000 }),
        rule('val_first', { type: 'first_order' }),
      ],
      context({ customer: undefined }),
    );
    expect(violation?.key).toBe('missing_customer');
  });

  it('reports a bundle’s progress whether or not it is complete', () => {
    const bundle = rule('val_kit', {
      type: 'bundle',
      items: [item('product', 'mug', 2), item('products_collection', 'pc_bags'), item('product', 'cap')],
    });
    const outcome = checkRules([bundle], context());
    expect(outcome.violation?.key).toBe('order_rules_violated');
    // Spec `Bundle`: identified lines name the product they hold, never the collection.
    expect(outcome.bundle).toEqual({
      quantity: 0,
      identified: [
        { id: 'mug', object: 'product', item_index: 0, item_quantity: 2 },
        { id: 'tote', object: 'product', item_index: 1, item_quantity: 1 },
      ],
      missing: [{ id: 'cap', object: 'product', item_quantity: 1 }],
    });
  });

  it('counts whole bundles up to the limit, leaves out `missing` when complete, and identifies only the units used', () => {
    const many = cartFromOrder({
      items: [
        { product_id: 'mug', price: 2500, quantity: 4 },
        { product_id: 'mug', price: 2500, quantity: 3 },
        { product_id: 'tote', price: 3500, quantity: 5 },
      ],
    });
    const trio = (limit?: number) =>
      checkRules(
        [
          rule('val_trio', {
            type: 'bundle',
            items: [item('product', 'mug', 3)],
            ...(limit ? { limit } : {}),
          }),
        ],
        context({ cart: many }),
      );
    expect(trio()).toEqual({
      violation: undefined,
      bundle: {
        quantity: 2,
        identified: [
          { id: 'mug', object: 'product', item_index: 0, item_quantity: 4 },
          { id: 'mug', object: 'product', item_index: 1, item_quantity: 2 },
        ],
      },
    });
    expect(trio(1).bundle).toEqual({
      quantity: 1,
      limit: 1,
      identified: [{ id: 'mug', object: 'product', item_index: 0, item_quantity: 3 }],
    });
    const kit = checkRules(
      [
        rule('val_kit', {
          type: 'bundle',
          items: [item('product', 'mug', 2), item('products_collection', 'pc_bags')],
        }),
      ],
      context({ cart: many }),
    );
    expect(kit.bundle?.quantity).toBe(3);
    expect(kit.bundle?.identified).toEqual([
      { id: 'mug', object: 'product', item_index: 0, item_quantity: 4 },
      { id: 'mug', object: 'product', item_index: 1, item_quantity: 2 },
      { id: 'tote', object: 'product', item_index: 2, item_quantity: 3 },
    ]);
  });
});
