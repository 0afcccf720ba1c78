import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant, readReference, referenceMissing } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { ANSWERED_SCENARIOS } from './qualify.js';

const dir = tempDirPerTest();
let engine: EngineOverHttp;
beforeEach(() => {
  engine = engineOverHttp(dir.path('engine.db'), seed, () => new Date('2026-03-15T12:00:00Z'));
});
afterEach(() => engine.engine.close());

const seed: SeedInput = {
  version: 1,
  validation_rules: [
    {
      id: 'val_Vip',
      name: 'VIP',
      rules: {
        '1': { name: 'customer.metadata', property: 'tier', conditions: { $is: ['vip'] } },
        logic: '1',
      },
    },
    {
      id: 'val_Mug',
      name: 'A mug in the cart',
      rules: {
        '1': { name: 'order.items.any', conditions: { $is: [{ id: 'mug', object: 'product' }] } },
        logic: '1',
      },
    },
  ],
  customers: [
    { id: 'cust_Vip', source_id: 'vip', metadata: { tier: 'vip' } },
    { id: 'cust_New', source_id: 'new' },
  ],
  campaigns: [
    {
      id: 'camp_Plain',
      name: 'Plain',
      type: 'DISCOUNT_COUPONS',
      vouchers: [{ id: 'v_Plain', code: 'PLAIN', discount: { type: 'AMOUNT', amount_off: 100 } }],
    },
    {
      id: 'camp_MugOff',
      name: 'Mugs 10% off',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        {
          id: 'v_MugOff',
          code: 'MUGOFF',
          discount: {
            type: 'PERCENT',
            percent_off: 10,
            effect: 'APPLY_TO_ITEMS',
            applicable_to: [{ object: 'product', id: 'mug' }],
          },
        },
      ],
    },
    {
      id: 'camp_VipMug',
      name: 'VIP mugs',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_Vip'],
      vouchers: [
        {
          id: 'v_VipMug',
          code: 'VIPMUG',
          discount: {
            type: 'AMOUNT',
            amount_off: 300,
            effect: 'APPLY_TO_ITEMS',
            applicable_to: [{ object: 'product', id: 'mug' }],
          },
        },
      ],
    },
    {
      id: 'camp_WithMug',
      name: 'With a mug',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_Mug'],
      vouchers: [{ id: 'v_WithMug', code: 'WITHMUG', discount: { type: 'AMOUNT', amount_off: 200 } }],
    },
  ],
};

const order = { items: [{ product_id: 'mug', price: 2500, quantity: 2 }] };

async function ids(scenario: string, customer?: string): Promise<string[]> {
  const answer = expectConformant(
    await engine.qualify({
      scenario,
      order,
      options: { limit: 50 },
      ...(customer ? { customer: { source_id: customer } } : {}),
    }),
    'QualificationsCheckEligibilityResponseBody',
  );
  return answer.redeemables.data.map((redeemable) => redeemable.id).sort();
}

describe('qualification scenarios', () => {
  it.each<[string, string, string[]]>([
    ['PRODUCTS_BY_CUSTOMER', 'vip', ['MUGOFF', 'VIPMUG', 'WITHMUG']],
    ['PRODUCTS_BY_CUSTOMER', 'new', ['MUGOFF', 'WITHMUG']],
    ['PRODUCTS_DISCOUNT_BY_CUSTOMER', 'vip', ['MUGOFF', 'VIPMUG']],
    ['PRODUCTS_DISCOUNT_BY_CUSTOMER', 'new', ['MUGOFF']],
  ])('%s for %s', async (scenario, customer, expected) => {
    expect(await ids(scenario, customer)).toEqual(expected);
  });

  it('answers each *_BY_CUSTOMER scenario as its product scenario for the same customer', async () => {
    for (const customer of ['vip', 'new']) {
      expect(await ids('PRODUCTS_BY_CUSTOMER', customer)).toEqual(await ids('PRODUCTS', customer));
      expect(await ids('PRODUCTS_DISCOUNT_BY_CUSTOMER', customer)).toEqual(
        await ids('PRODUCTS_DISCOUNT', customer),
      );
    }
  });

  it('refuses a *_BY_CUSTOMER scenario without a customer', async () => {
    const answer = await engine.post('/v1/qualifications', { scenario: 'PRODUCTS_BY_CUSTOMER', order });
    expect(answer).toMatchObject({
      status: 400,
      body: {
        code: 400,
        key: 'invalid_payload',
        details: 'Scenario PRODUCTS_BY_CUSTOMER requires a customer with an id or source_id',
      },
    });
  });

  it.skipIf(referenceMissing('readOnly-openAPI.json'))(
    'answers every scenario of the spec, and refuses one the spec does not have with a 400 naming it',
    async () => {
      const spec = readReference<{
        components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
      }>('readOnly-openAPI.json');
      const scenarios =
        spec.components.schemas['QualificationsCheckEligibilityRequestBody']?.properties?.['scenario']
          ?.enum ?? [];
      expect(scenarios).toContain('PROMOTION_STACKS');
      expect(scenarios.filter((scenario) => !(scenario in ANSWERED_SCENARIOS))).toEqual([]);
      const answer = await engine.post('/v1/qualifications', {
        scenario: 'PROMOTION_STACKS_BY_CUSTOMER',
        customer: { source_id: 'vip' },
        order,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ key: 'invalid_payload' });
    },
  );
});
