import type { ValidationsValidateResponseBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
let opened: EngineOverHttp | undefined;
afterEach(() => {
  opened?.engine.close();
  opened = undefined;
});

type StackingRules = NonNullable<SeedInput['stacking_rules']>;

const mug = { object: 'product' as const, id: 'mug' };
const seedWith = (stacking_rules: StackingRules): SeedInput => ({
  version: 1,
  stacking_rules: { applicable_redeemables_per_category_limit: 5, ...stacking_rules },
  categories: [
    { id: 'cat_Always', name: 'Always' },
    { id: 'cat_Never', name: 'Never' },
  ],
  customers: [{ id: 'cust_Ann', source_id: 'ann' }],
  campaigns: [
    {
      id: 'camp_Codes',
      name: 'Codes',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_Save5', code: 'SAVE5', discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_Ten', code: 'TEN', discount: { type: 'PERCENT', percent_off: 10 } },
        { id: 'v_TenToo', code: 'TENTOO', discount: { type: 'PERCENT', percent_off: 10 } },
        {
          id: 'v_Mug5',
          code: 'MUG5',
          discount: { type: 'AMOUNT', amount_off: 500, effect: 'APPLY_TO_ITEMS', applicable_to: [mug] },
        },
        {
          id: 'v_Items10',
          code: 'ITEMS10',
          discount: { type: 'PERCENT', percent_off: 10, effect: 'APPLY_TO_ITEMS' },
        },
      ],
    },
    {
      id: 'camp_AlwaysMug',
      name: 'Mugs, always applied',
      type: 'DISCOUNT_COUPONS',
      categories: ['cat_Always'],
      vouchers: [
        {
          id: 'v_AlwaysMug',
          code: 'ALWAYSMUG',
          discount: { type: 'AMOUNT', amount_off: 100, effect: 'APPLY_TO_ITEMS', applicable_to: [mug] },
        },
      ],
    },
    {
      id: 'camp_NeverMug',
      name: 'Mugs, skipped without effect',
      type: 'DISCOUNT_COUPONS',
      categories: ['cat_Never'],
      vouchers: [
        {
          id: 'v_NeverMug',
          code: 'NEVERMUG',
          discount: { type: 'AMOUNT', amount_off: 100, effect: 'APPLY_TO_ITEMS', applicable_to: [mug] },
        },
      ],
    },
  ],
});

const caps = [{ product_id: 'cap', price: 1200, quantity: 5 }];
const mugsAndCaps = [{ product_id: 'mug', price: 2500, quantity: 2 }, ...caps];

async function validate(
  rules: StackingRules,
  codes: string[],
  order: Record<string, unknown>,
): Promise<ValidationsValidateResponseBody> {
  opened = engineOverHttp(dir.path(`engine-${Math.random()}.db`), seedWith(rules));
  return expectConformant(
    await opened.validate({ redeemables: codes.map((id) => ({ object: 'voucher', id })), order }),
  );
}

const statuses = (response: ValidationsValidateResponseBody) =>
  response.redeemables.map((r) => (r.status === 'SKIPPED' ? `SKIPPED ${r.result.details?.key}` : r.status));

describe('redeemables_no_effect_rule', () => {
  it('applies a code that takes nothing off by default (REDEEM_ANYWAY)', async () => {
    const response = await validate({}, ['MUG5', 'SAVE5'], { items: caps });
    expect(statuses(response)).toEqual(['APPLICABLE', 'APPLICABLE']);
  });

  it('skips it with no_effect under SKIP, and the rest still apply', async () => {
    const response = await validate({ redeemables_no_effect_rule: 'SKIP' }, ['MUG5', 'SAVE5'], {
      items: caps,
    });
    expect(statuses(response)).toEqual(['SKIPPED no_effect', 'APPLICABLE']);
    expect(response).toMatchObject({
      valid: true,
      order: { total_discount_amount: 500, total_amount: 5500 },
    });
  });

  it('keeps a code that has an effect under SKIP', async () => {
    const response = await validate({ redeemables_no_effect_rule: 'SKIP' }, ['MUG5'], { items: mugsAndCaps });
    expect(statuses(response)).toEqual(['APPLICABLE']);
  });

  it('follows the categories that override the rule either way', async () => {
    const skipAnyway = await validate(
      { no_effect_skip_categories: ['cat_Never'] },
      ['NEVERMUG', 'ALWAYSMUG', 'MUG5'],
      { items: caps },
    );
    expect(statuses(skipAnyway)).toEqual(['SKIPPED no_effect', 'APPLICABLE', 'APPLICABLE']);
    const redeemAnyway = await validate(
      { redeemables_no_effect_rule: 'SKIP', no_effect_redeem_anyway_categories: ['cat_Always'] },
      ['NEVERMUG', 'ALWAYSMUG', 'MUG5'],
      { items: caps },
    );
    expect(statuses(redeemAnyway)).toEqual(['SKIPPED no_effect', 'APPLICABLE', 'SKIPPED no_effect']);
  });
});

describe('redeemables_products_application_mode', () => {
  it('stacks item discounts on one product by default (STACK)', async () => {
    const response = await validate({}, ['MUG5', 'ITEMS10'], { items: mugsAndCaps });
    // Mugs: 5.00 off, then 10% of the 45.00 left; caps: 10% of 60.00.
    expect(response.order?.items?.map((item) => item.discount_amount)).toEqual([950, 600]);
  });

  it('gives each product one discount under ONCE', async () => {
    const response = await validate({ redeemables_products_application_mode: 'ONCE' }, ['MUG5', 'ITEMS10'], {
      items: mugsAndCaps,
    });
    expect(response.order?.items?.map((item) => item.discount_amount)).toEqual([500, 600]);
  });
});

describe('discount_calculation_mode', () => {
  it('takes each percentage of what is left by default (DISCOUNTED_AMOUNT)', async () => {
    const response = await validate({}, ['TEN', 'TENTOO'], { amount: 10000 });
    expect(response.order).toMatchObject({ total_discount_amount: 1900, total_amount: 8100 });
  });

  it('takes each percentage of the amount before discounts under INITIAL_AMOUNT, and echoes the setting', async () => {
    const response = await validate(
      { discount_calculation_mode: 'INITIAL_AMOUNT' },
      ['TEN', 'TENTOO', 'ITEMS10'],
      {
        items: mugsAndCaps,
      },
    );
    // 10% and 10% of 110.00, then 10% of each line's own price.
    expect(response.order).toMatchObject({ total_discount_amount: 1100 + 1100 + 1100, total_amount: 7700 });
    expect(response.stacking_rules).toMatchObject({ discount_calculation_mode: 'INITIAL_AMOUNT' });
  });
});

describe('redeemables_rollback_order_mode', () => {
  async function redeemAndRollBack(rules: StackingRules) {
    opened = engineOverHttp(dir.path(`engine-${Math.random()}.db`), seedWith(rules));
    const redeemed = await opened.redeem({
      redeemables: [{ object: 'voucher', id: 'SAVE5' }],
      customer: { source_id: 'ann' },
      order: { source_id: 'ord-1', status: 'PAID', amount: 5000 },
    });
    expect(redeemed.status).toBe(200);
    const rollback = await opened.post<{ order: { status: string } }>(
      `/v1/redemptions/${redeemed.body.parent_redemption?.id}/rollbacks`,
      {},
    );
    expectConformant(rollback.body, 'RedemptionsRollbacksCreateResponseBody');
    const stored = opened.engine.getOrder('ord-1');
    expectConformant(stored, 'OrdersGetResponseBody');
    return { rolledBack: rollback.body.order.status, stored: stored.status };
  }

  it('cancels the order by default (WITH_ORDER)', async () => {
    expect(await redeemAndRollBack({})).toEqual({ rolledBack: 'CANCELED', stored: 'CANCELED' });
  });

  it('keeps the order as it was under WITHOUT_ORDER', async () => {
    expect(await redeemAndRollBack({ redeemables_rollback_order_mode: 'WITHOUT_ORDER' })).toEqual({
      rolledBack: 'PAID',
      stored: 'PAID',
    });
  });
});
