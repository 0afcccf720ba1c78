import type { ValidationsValidateResponseBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { parseSeed } from '../seed/parse-seed.js';
import type { EngineDiscount, SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant, readReference, referenceMissing } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { FormulaError, parseFormula } from './discount-formula.js';

const dir = tempDirPerTest();
let opened: EngineOverHttp | undefined;
afterEach(() => {
  opened?.engine.close();
  opened = undefined;
});

const seedWith = (discount: Record<string, unknown>): SeedInput => ({
  version: 1,
  products: [{ id: 'sticker', name: 'Sticker', price: 300 }],
  campaigns: [
    {
      id: 'camp_Dynamic',
      name: 'Dynamic',
      type: 'DISCOUNT_COUPONS',
      vouchers: [{ id: 'v_Dyn', code: 'DYN', discount: discount as EngineDiscount }],
    },
  ],
});

async function validate(discount: Record<string, unknown>, body: Record<string, unknown>) {
  opened = engineOverHttp(dir.path(`engine-${Math.random()}.db`), seedWith(discount));
  const response: ValidationsValidateResponseBody = expectConformant(
    await opened.validate({
      redeemables: [{ object: 'voucher', id: 'DYN' }],
      options: { expand: ['order'] },
      ...body,
    }),
  );
  opened.engine.close();
  opened = undefined;
  return response;
}

describe('formulas as the spec writes them', () => {
  it.skipIf(referenceMissing('readOnly-openAPI.json'))(
    'reads every formula of the spec, refusing by name only what it cannot know',
    () => {
      const spec = JSON.stringify(readReference<unknown>('readOnly-openAPI.json'));
      const formulas = [
        ...new Set(
          [...spec.matchAll(/"[a-z_]+_formula":\s*"((?:[^"\\]|\\.)*)"/g)].map(
            (m) => JSON.parse(`"${m[1]}"`) as string,
          ),
        ),
      ];
      expect(formulas.length).toBeGreaterThan(4);
      for (const formula of formulas) {
        if (formula.includes('VOUCHER_PUBLISH_COUNT'))
          expect(() => parseFormula(formula)).toThrow(/unknown name VOUCHER_PUBLISH_COUNT/);
        else expect(() => parseFormula(formula)).not.toThrow();
      }
    },
  );

  it.each<[string, number]>([
    ['30100', 15],
    ['30000', 5],
  ])('IF(ORDER_AMOUNT > 300;15;5) on %s hundredths gives %i%%', async (amount, percent) => {
    const response = await validate(
      { type: 'PERCENT', percent_off: 5, percent_off_formula: 'IF(ORDER_AMOUNT > 300;15;5)' },
      { order: { amount: Number(amount) } },
    );
    expect(response.order?.total_discount_amount).toBe((Number(amount) * percent) / 100);
    expect(response.redeemables[0]).toMatchObject({
      result: {
        discount: {
          percent_off: percent,
          is_dynamic: true,
          percent_off_formula: 'IF(ORDER_AMOUNT > 300;15;5)',
        },
      },
    });
  });

  const brands = 'IF(CUSTOMER_METADATA("favorite_brands") contains "Nike";20;CUSTOMER_METADATA("age"))';
  it.each<[string, Record<string, unknown> | undefined, number]>([
    ['a Nike fan', { favorite_brands: ['Nike', 'Puma'], age: 30 }, 2000],
    ['someone else, by age', { favorite_brands: ['Puma'], age: 30 }, 3000],
    ['a customer without that metadata: the fallback', {}, 100],
    ['no customer: the fallback', undefined, 100],
  ])('amount from customer metadata: %s', async (_, metadata, off) => {
    const response = await validate(
      { type: 'AMOUNT', amount_off: 100, amount_off_formula: brands },
      { order: { amount: 10000 }, ...(metadata ? { customer: { source_id: 'c', metadata } } : {}) },
    );
    expect(response.order?.total_discount_amount).toBe(off);
  });
});

describe('formulas on order and item metadata', () => {
  it('reads the order metadata', async () => {
    const response = await validate(
      { type: 'AMOUNT', amount_off: 100, amount_off_formula: 'ORDER_METADATA("points") / 10' },
      { order: { amount: 10000, metadata: { points: 45 } } },
    );
    expect(response.order?.total_discount_amount).toBe(450);
  });

  it('gives each line the percentage its own metadata says, the fallback where it says none', async () => {
    const response = await validate(
      {
        type: 'PERCENT',
        percent_off: 5,
        percent_off_formula: 'ITEM_METADATA("markdown")',
        effect: 'APPLY_TO_ITEMS',
      },
      {
        order: {
          items: [
            { product_id: 'mug', price: 2000, quantity: 1, metadata: { markdown: 30 } },
            { product_id: 'cap', price: 1000, quantity: 2 },
          ],
        },
      },
    );
    expect(response.order?.items?.map((item) => item.discount_amount)).toEqual([600, 100]);
  });

  it('counts free units from the order', async () => {
    const response = await validate(
      {
        type: 'UNIT',
        effect: 'ADD_NEW_ITEMS',
        unit_type: 'sticker',
        unit_off: 1,
        unit_off_formula: 'ROUND_DOWN(ORDER_UNITS_QUANTITY / 3)',
      },
      { order: { items: [{ product_id: 'mug', price: 2000, quantity: 7 }] } },
    );
    expect(response.order?.items?.[1]).toMatchObject({
      product: { id: 'sticker' },
      quantity: 2,
      discount_quantity: 2,
    });
  });

  it('qualifies with the value a formula works out for the order, as validations answer it', async () => {
    const discount = { type: 'AMOUNT', amount_off: 100, amount_off_formula: 'ORDER_UNITS_QUANTITY * 3' };
    const order = { items: [{ product_id: 'mug', price: 2000, quantity: 4 }] };
    opened = engineOverHttp(dir.path('engine-qualify.db'), seedWith(discount));
    const qualified = await opened.qualify({ order, scenario: 'ALL' });
    const validated = await opened.validate({ redeemables: [{ object: 'voucher', id: 'DYN' }], order });
    const offered = qualified.redeemables.data.find((redeemable) => redeemable.id === 'DYN');
    expect(offered?.result?.discount).toMatchObject({ type: 'AMOUNT', amount_off: 1200 });
    expect(validated.redeemables?.[0]?.result?.discount).toMatchObject({ amount_off: 1200 });
  });

  it('adds no line when a free-unit formula works out 0 units, and takes nothing off', async () => {
    const response = await validate(
      {
        type: 'UNIT',
        effect: 'ADD_NEW_ITEMS',
        unit_type: 'sticker',
        unit_off: 1,
        unit_off_formula: 'ROUND_DOWN(ORDER_UNITS_QUANTITY / 3)',
      },
      { order: { items: [{ product_id: 'mug', price: 2000, quantity: 2 }] } },
    );
    expect(response.order?.items?.map((item) => item.product_id)).toEqual(['mug']);
    expect(response.order?.total_discount_amount).toBe(0);
    expect(response.redeemables?.[0]?.result?.discount).toMatchObject({ unit_off: 0 });
  });

  it('refuses a seed whose formula cannot be read, saying why', () => {
    expect(() =>
      parseSeed(seedWith({ type: 'AMOUNT', amount_off: 100, amount_off_formula: 'IF(ORDER_AMOUNT > 1;2)' })),
    ).toThrow(/amount_off_formula: IF takes 3 arguments/);
    expect(() => parseFormula('EVAL("x")')).toThrow(FormulaError);
    expect(() => parseFormula('1 +')).toThrow(FormulaError);
  });
});
