import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { InvalidSeedError, parseSeed } from '../seed/parse-seed.js';
import type { SeedRuleSet } from '../seed/seed-rule-set-schema.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant, readReference, referenceMissing } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { evaluateRuleLogic, parseRuleLogic, RuleLogicError, type RuleLogic } from './rule-logic.js';

const dir = tempDirPerTest();
let opened: EngineOverHttp | undefined;
afterEach(() => opened?.engine.close());

/** A seed with one code, RULED, under one validation rule written as Voucherify writes rules. */
function seedWith(rules: SeedRuleSet, extra: Partial<SeedInput> = {}): SeedInput {
  return {
    version: 1,
    collections: [{ id: 'pc_Bags', name: 'Bags', products: ['tote', 'daypack'] }],
    ...extra,
    validation_rules: [{ id: 'val_Ruled', name: 'Ruled', rules, error: { message: 'Not for this cart' } }],
    campaigns: [
      {
        id: 'camp_Ruled',
        name: 'Ruled',
        type: 'DISCOUNT_COUPONS',
        validation_rules: ['val_Ruled'],
        vouchers: [{ id: 'v_Ruled', code: 'RULED', discount: { type: 'AMOUNT', amount_off: 500 } }],
      },
    ],
  };
}

function open(rules: SeedRuleSet, extra: Partial<SeedInput> = {}): EngineOverHttp {
  opened?.engine.close();
  opened = engineOverHttp(dir.path(`engine-${Math.random()}.db`), seedWith(rules, extra));
  return opened;
}

// 2 mugs at 25.00 (red), a tote at 35.00 (a bag), 3 caps at 12.00: 121.00, 6 units.
const cart = {
  items: [
    { product_id: 'mug', price: 2500, quantity: 2, metadata: { color: 'red' } },
    { product_id: 'tote', price: 3500, quantity: 1 },
    { product_id: 'cap', price: 1200, quantity: 3 },
  ],
};

async function verdict(rules: SeedRuleSet, body: Record<string, unknown> = { order: cart }) {
  const response = await open(rules).validate({ redeemables: [{ object: 'voucher', id: 'RULED' }], ...body });
  expectConformant(response);
  return response;
}

const one = (rule: Record<string, unknown>): SeedRuleSet =>
  ({ '1': rule, logic: '1' }) as unknown as SeedRuleSet;
const product = (id: string) => ({ id, object: 'product' });

describe('rule logic', () => {
  it.each<[string, boolean[], boolean]>([
    ['1 and 2', [true, false], false],
    ['1 or 2', [false, true], true],
    ['(1 and 2) or 3', [false, true, true], true],
    ['1 and (2 or 3)', [false, true, true], false],
    ['1 AND 2 OR 3', [true, true, false], true],
    ['(1 and 2) and (3)', [true, true, false], false],
  ])('%s with %j is %s', (logic, values, expected) => {
    expect(evaluateRuleLogic(parseRuleLogic(logic), (key) => values[Number(key) - 1] === true)).toBe(
      expected,
    );
  });

  it.each(['', '1 and', '(1 or 2', '1 xor 2', '1 2', 'and 1', '1 or )'])('refuses "%s"', (logic) => {
    expect(() => parseRuleLogic(logic)).toThrow(RuleLogicError);
  });
});

describe('rule sets as the spec writes them', () => {
  type Example = { rules?: SeedRuleSet };
  it.skipIf(referenceMissing('readOnly-openAPI.json'))(
    'loads every rule set of the spec whose rule names the engine knows, and names the one it does not',
    () => {
      const spec = readReference<{ paths: Record<string, Record<string, unknown>> }>('readOnly-openAPI.json');
      const examples = JSON.stringify(spec.paths['/v1/validation-rules']);
      const ruleSets = [...examples.matchAll(/"rules":(\{"1":.*?"logic":"[^"]*"\})/g)].flatMap((match) => {
        try {
          return [(JSON.parse(match[1] as string) as Example['rules']) ?? []];
        } catch {
          return [];
        }
      });
      expect(ruleSets.length).toBeGreaterThan(0);
      for (const rules of ruleSets) {
        const usesCustomEvent = JSON.stringify(rules).includes('custom_event.metadata');
        const parse = () => parseSeed(seedWith(rules as SeedRuleSet));
        if (usesCustomEvent) expect(parse).toThrow(InvalidSeedError);
        else expect(parse).not.toThrow();
      }
    },
  );

  it('order.amount $more_than [10000] (the spec example) needs more than 100.00', async () => {
    const rules = one({
      name: 'order.amount',
      property: null,
      conditions: { $more_than: [10000] },
      rules: {},
    });
    expect((await verdict(rules, { order: { amount: 10000 } })).valid).toBe(false);
    expect((await verdict(rules, { order: { amount: 10001 } })).valid).toBe(true);
  });

  it('refuses a logic naming a rule that is not there, and an unknown rule name', () => {
    expect(() =>
      parseSeed(seedWith({ '1': { name: 'order.amount' }, logic: '1 and 2' } as SeedRuleSet)),
    ).toThrow(/rules\.logic: names rule 2, which is not defined/);
    expect(() => parseSeed(seedWith(one({ name: 'order.weather' })))).toThrow(/validation_rules\[0\]/);
    expect(() =>
      parseSeed(seedWith(one({ name: 'order.items.any', conditions: { $is: [{ id: 'mug' }] } }))),
    ).toThrow(/must be \{id, object/);
  });
});

describe('and, or and nesting', () => {
  const rules = {
    '1': { name: 'order.amount', conditions: { $more_than_or_equal: [20000] } },
    '2': { name: 'order.metadata', property: 'channel', conditions: { $is: ['app'] } },
    '3': {
      name: 'order.items.every',
      conditions: { $is: [product('mug')] },
      rules: {
        '1': { name: 'order.items.metadata', property: 'color', conditions: { $is: ['red'] } },
        logic: '1',
      },
    },
    logic: '(1 or 2) and 3',
  } as SeedRuleSet;

  it.each<[string, Record<string, unknown>, boolean]>([
    ['neither 200.00 nor the app', { order: cart }, false],
    ['the app, red mugs', { order: { ...cart, metadata: { channel: 'app' } } }, true],
    [
      'the app, blue mugs',
      {
        order: {
          items: [{ ...cart.items[0], metadata: { color: 'blue' } }, ...cart.items.slice(1)],
          metadata: { channel: 'app' },
        },
      },
      false,
    ],
    ['200.00, red mugs', { order: { ...cart, amount: 20000 } }, true],
  ])('%s: valid %s', async (_, body, valid) => {
    const response = await verdict(rules, body);
    expect(response.valid).toBe(valid);
    if (!valid)
      expect(response.redeemables[0]).toMatchObject({
        status: 'INAPPLICABLE',
        result: { error: { key: 'order_rules_violated', error: { message: 'Not for this cart' } } },
      });
  });

  it('tells the amount missing only when adding to the cart alone would qualify', async () => {
    const amountAndMug = {
      '1': { name: 'order.amount', conditions: { $more_than_or_equal: [20000] } },
      '2': { name: 'order.items.any', conditions: { $is: [product('mug')] } },
      logic: '1 and 2',
    } as SeedRuleSet;
    const withMug = await verdict(amountAndMug);
    expect(withMug.redeemables[0]).toMatchObject({ result: { promokit: { missing_amount: 7900 } } });
    const withoutMug = await verdict(amountAndMug, { order: { items: cart.items.slice(1) } });
    expect(withoutMug.redeemables[0]?.result).not.toHaveProperty('promokit');
  });

  it('answers missing_customer when a customer rule decides and no customer is sent', async () => {
    const rules2 = {
      '1': { name: 'order.amount', conditions: { $more_than: [50000] } },
      '2': { name: 'customer.metadata', property: 'tier', conditions: { $is: ['vip'] } },
      logic: '1 or 2',
    } as SeedRuleSet;
    // Either is enough: 379.01 more makes the order qualify, customer or not.
    const short = await verdict(rules2);
    expect(short.redeemables[0]).toMatchObject({
      result: { error: { key: 'order_rules_violated' }, promokit: { missing_amount: 37901 } },
    });
    const guest = await verdict({ ...rules2, logic: '1 or (2 and 1)' } as SeedRuleSet, {
      order: { ...cart, amount: 1000 },
    });
    expect(guest.redeemables[0]).toMatchObject({ result: { error: { key: 'order_rules_violated' } } });
    const both = await verdict({ ...rules2, logic: '2 and 1' } as SeedRuleSet, {
      order: { ...cart, amount: 60000 },
    });
    expect(both.redeemables[0]).toMatchObject({ result: { error: { key: 'missing_customer' } } });
    const vip = await verdict(rules2, {
      order: cart,
      customer: { source_id: 'v1', metadata: { tier: 'vip' } },
    });
    expect(vip.valid).toBe(true);
  });

  /** A logic tree over rules 1…4 and its `logic` string. */
  const tree: fc.Arbitrary<RuleLogic> = fc.letrec<{ node: RuleLogic }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('1', '2', '3', '4').map((key): RuleLogic => ({ type: 'rule', key })),
      fc
        .record({
          type: fc.constantFrom<'and' | 'or'>('and', 'or'),
          operands: fc.array(tie('node'), { minLength: 2, maxLength: 3 }),
        })
        .map((node): RuleLogic => node),
    ),
  })).node;
  const write = (logic: RuleLogic): string =>
    logic.type === 'rule' ? logic.key : `(${logic.operands.map(write).join(` ${logic.type} `)})`;

  it('decides as its logic says, for any and/or nesting and any facts', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), async (logic, facts) => {
        const set = Object.fromEntries([
          ...['1', '2', '3', '4'].map((key) => [
            key,
            { name: 'order.metadata', property: `f${key}`, conditions: { $is: [true] } },
          ]),
          ['logic', write(logic)],
        ]) as SeedRuleSet;
        const metadata = Object.fromEntries(facts.map((fact, index) => [`f${index + 1}`, fact]));
        const response = await verdict(set, { order: { amount: 1000, metadata } });
        expect(response.valid).toBe(evaluateRuleLogic(logic, (key) => facts[Number(key) - 1] === true));
      }),
      { numRuns: 25 },
    );
  });
});

describe('cart structure', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['6 units counted', { name: 'order.items.count', conditions: { $more_than_or_equal: [6] } }, true],
    ['7 units wanted', { name: 'order.items.count', conditions: { $more_than_or_equal: [7] } }, false],
    [
      'any: a tote',
      { name: 'order.items.any', conditions: { $is: [product('kettle'), product('tote')] } },
      true,
    ],
    ['any: no kettle', { name: 'order.items.any', conditions: { $is: [product('kettle')] } }, false],
    [
      'every: mug and tote',
      { name: 'order.items.every', conditions: { $is: [product('mug'), product('tote')] } },
      true,
    ],
    [
      'every: a kettle missing',
      { name: 'order.items.every', conditions: { $in: [product('mug'), product('kettle')] } },
      false,
    ],
    ['none: no kettle', { name: 'order.items.none', conditions: { $is: [product('kettle')] } }, true],
    ['none: but a cap', { name: 'order.items.none', conditions: { $is: [product('cap')] } }, false],
    [
      'a bag from the collection',
      { name: 'order.items.any', conditions: { $is: [{ id: 'pc_Bags', object: 'products_collection' }] } },
      true,
    ],
    [
      'two bags from the collection',
      {
        name: 'order.items.any',
        conditions: { $is: [{ id: 'pc_Bags', object: 'products_collection' }] },
        rules: {
          '1': { name: 'order.items.aggregated_quantity', conditions: { $more_than_or_equal: [2] } },
          logic: '1',
        },
      },
      false,
    ],
    [
      'each item from 12.00',
      { name: 'order.items.price_each', conditions: { $more_than_or_equal: [1200] } },
      true,
    ],
    [
      'each item from 13.00',
      { name: 'order.items.price_each', conditions: { $more_than_or_equal: [1300] } },
      false,
    ],
    ['an item at 35.00', { name: 'order.items.price_any', conditions: { $is: [3500] } }, true],
    ['an item above 40.00', { name: 'order.items.price_any', conditions: { $more_than: [4000] } }, false],
    ['the cheapest is a cap', { name: 'order.items.cheapest', conditions: { $is: [product('cap')] } }, true],
    [
      'the cheapest is not a mug',
      { name: 'order.items.cheapest', conditions: { $is: [product('mug')] } },
      false,
    ],
    [
      'the dearest is the tote',
      { name: 'order.items.most_expensive', conditions: { $is: [product('tote')] } },
      true,
    ],
    [
      'the dearest is not a cap',
      { name: 'order.items.most_expensive', conditions: { $is: [product('cap')] } },
      false,
    ],
    [
      'mugs for 50.00 in all',
      {
        name: 'order.items.any',
        conditions: { $is: [product('mug')] },
        rules: {
          '1': { name: 'order.items.aggregated_amount', conditions: { $more_than_or_equal: [5000] } },
          logic: '1',
        },
      },
      true,
    ],
    [
      'mugs for more than 50.00',
      {
        name: 'order.items.any',
        conditions: { $is: [product('mug')] },
        rules: {
          '1': { name: 'order.items.aggregated_amount', conditions: { $more_than: [5000] } },
          logic: '1',
        },
      },
      false,
    ],
    [
      'caps bought by threes',
      {
        name: 'order.items.any',
        conditions: { $is: [product('cap')] },
        rules: { '1': { name: 'order.items.quantity', conditions: { $is: [3] } }, logic: '1' },
      },
      true,
    ],
  ])('%s: valid %s', async (_, rule, valid) => {
    expect((await verdict(one(rule))).valid).toBe(valid);
  });

  it('counts and compares goods only, never the shipping line', async () => {
    const withShipping = {
      order: { items: [...cart.items, { source_id: '5h1pp1ng', price: 695, quantity: 1 }] },
    };
    const cheapest = one({ name: 'order.items.cheapest', conditions: { $is: [product('cap')] } });
    expect((await verdict(cheapest, withShipping)).valid).toBe(true);
    const six = one({ name: 'order.items.count', conditions: { $is: [6] } });
    expect((await verdict(six, withShipping)).valid).toBe(true);
  });

  it('lists a code whose rule asks for items in the PRODUCTS scenario', async () => {
    const engine = open(one({ name: 'order.items.any', conditions: { $is: [product('mug')] } }));
    const answer = expectConformant(
      await engine.qualify({ scenario: 'PRODUCTS', order: cart }),
      'QualificationsCheckEligibilityResponseBody',
    );
    expect(answer.redeemables.data.map((redeemable) => redeemable.id)).toEqual(['RULED']);
  });
});
