import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { SeedInput } from './seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from './test-support/engine-http.js';
import { expectConformant, readReference } from './test-support/spec-conformance.js';
import { tempDirPerTest } from './test-support/temp-dir.js';

const dir = tempDirPerTest();
let engine: EngineOverHttp;
beforeEach(() => {
  engine = engineOverHttp(dir.path('engine.db'), seed, () => new Date('2026-03-15T12:00:00Z'));
});
afterEach(() => engine.engine.close());

const seed: SeedInput = {
  version: 1,
  validation_rules: [
    { id: 'val_Min200', name: 'From 200.00', conditions: [{ type: 'min_order_amount', amount: 20000 }] },
  ],
  customers: [{ id: 'cust_Ada', source_id: 'ada' }],
  campaigns: [
    {
      id: 'camp_Summer',
      name: 'Summer',
      type: 'PROMOTION',
      tiers: [
        { id: 'promo_Five', name: '5.00 off', discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'promo_Ten', name: '10% off', discount: { type: 'PERCENT', percent_off: 10 } },
        {
          id: 'promo_Big',
          name: '20.00 off from 200.00',
          validation_rules: ['val_Min200'],
          discount: { type: 'AMOUNT', amount_off: 2000 },
        },
      ],
    },
    {
      id: 'camp_Codes',
      name: 'Codes',
      type: 'DISCOUNT_COUPONS',
      vouchers: [{ id: 'v_Code', code: 'CODE', discount: { type: 'AMOUNT', amount_off: 100 } }],
    },
  ],
  promotion_stacks: [
    {
      id: 'stack_FiveThenTen',
      name: 'Five, then ten percent',
      campaign_id: 'camp_Summer',
      tiers: { ids: ['promo_Five', 'promo_Ten'], hierarchy_mode: 'MANUAL' },
    },
    {
      id: 'stack_Big',
      name: 'Big spenders',
      campaign_id: 'camp_Summer',
      tiers: { ids: ['promo_Big', 'promo_Ten'] },
    },
  ],
};

const order = { amount: 10000, items: [{ product_id: 'mug', price: 5000, quantity: 2 }] };

describe('promotion stacks in validations', () => {
  it("validates a stack as its tiers, in the stack's sequence, each listed as a promotion tier", async () => {
    const answer = expectConformant(
      await engine.validate({
        redeemables: [{ object: 'promotion_stack', id: 'stack_FiveThenTen' }],
        order,
        options: { expand: ['order'] },
      }),
    );
    expect(answer.valid).toBe(true);
    expect(answer.redeemables.map((r) => [r.status, r.object, r.id])).toEqual([
      ['APPLICABLE', 'promotion_tier', 'promo_Five'],
      ['APPLICABLE', 'promotion_tier', 'promo_Ten'],
    ]);
    // 100.00 − 5.00 = 95.00, then 10 % of 95.00 = 9.50: 85.50.
    expect(answer.order?.total_amount).toBe(10000 - 500 - Math.round((10000 - 500) / 10));
    // The same tiers sent the other way round give another total, so the sequence is the stack's.
    const reversed = await engine.validate({
      redeemables: [
        { object: 'promotion_tier', id: 'promo_Ten' },
        { object: 'promotion_tier', id: 'promo_Five' },
      ],
      order,
    });
    expect(reversed.order?.total_amount).toBe(10000 - 1000 - 500);
    expect(reversed.order?.total_amount).not.toBe(answer.order?.total_amount);
  });

  it('answers a stack whose tier does not apply as Voucherify answers its tiers in ALL mode', async () => {
    const answer = expectConformant(
      await engine.validate({ redeemables: [{ object: 'promotion_stack', id: 'stack_Big' }], order }),
    );
    expect(answer.valid).toBe(false);
    expect(answer.redeemables.map((r) => [r.status, r.id])).toEqual([
      ['INAPPLICABLE', 'promo_Big'],
      ['SKIPPED', 'promo_Ten'],
    ]);
  });

  it('refuses a stack with anything else (400 invalid_redeemables) and an unknown stack (404)', async () => {
    const mixed = await engine.post('/v1/validations', {
      redeemables: [
        { object: 'promotion_stack', id: 'stack_FiveThenTen' },
        { object: 'voucher', id: 'CODE' },
      ],
      order,
    });
    expect(mixed).toMatchObject({ status: 400, body: { key: 'invalid_redeemables' } });
    const unknown = await engine.post('/v1/validations', {
      redeemables: [{ object: 'promotion_stack', id: 'stack_Nope' }],
      order,
    });
    expect(unknown).toMatchObject({
      status: 404,
      body: { key: 'not_found', resource_id: 'stack_Nope', resource_type: 'promotion_stack' },
    });
  });

  it('answers a stack of a switched-off campaign INAPPLICABLE, as its tiers', async () => {
    engine.engine.setCampaignActive('camp_Summer', false);
    const answer = await engine.validate({
      redeemables: [{ object: 'promotion_stack', id: 'stack_FiveThenTen' }],
      order,
    });
    expect(answer.valid).toBe(false);
    expect(answer.redeemables[0]).toMatchObject({
      status: 'INAPPLICABLE',
      result: { error: { key: 'promotion_inactive' } },
    });
  });
});

describe('promotion stacks in redemptions and rollbacks', () => {
  it('redeems a stack as one child per tier under a parent, and rolls all of them back', async () => {
    const redeemed = await engine.redeem({
      redeemables: [{ object: 'promotion_stack', id: 'stack_FiveThenTen' }],
      order: { ...order, source_id: 'order-1' },
      customer: { source_id: 'ada' },
    });
    expect(redeemed.status).toBe(200);
    const body = expectConformant(redeemed.body, 'RedemptionsRedeemResponseBody');
    expect(body.redemptions?.map((r) => [r.related_object_type, r.related_object_id, r.redemption])).toEqual([
      ['promotion_tier', 'promo_Five', body.parent_redemption?.id],
      ['promotion_tier', 'promo_Ten', body.parent_redemption?.id],
    ]);
    expect(body.order?.total_amount).toBe(8550);
    const parentId = body.parent_redemption?.id ?? '';
    const rolledBack = await engine.post<{ rollbacks: { redemption: string }[] }>(
      `/v1/redemptions/${parentId}/rollbacks`,
      {},
    );
    expect(rolledBack.status).toBe(200);
    expectConformant(rolledBack.body, 'RedemptionsRollbacksCreateResponseBody');
    expect(rolledBack.body.rollbacks.map((r) => r.redemption).sort()).toEqual(
      (body.redemptions ?? []).map((r) => r.id).sort(),
    );
    for (const child of body.redemptions ?? []) {
      expect(engine.engine.getRedemption(child.id)).toMatchObject({ status: 'ROLLED_BACK' });
    }
  });

  it('records a failed redemption and answers 400 for a stack that does not apply', async () => {
    const refused = await engine.redeem({
      redeemables: [{ object: 'promotion_stack', id: 'stack_Big' }],
      order,
    });
    expect(refused).toMatchObject({
      status: 400,
      body: { key: 'order_rules_violated', resource_type: 'redemption' },
    });
  });
});

describe('promotion stacks in qualifications', () => {
  async function qualify(scenario: string, amount: number) {
    return expectConformant(
      await engine.qualify({
        scenario,
        order: { amount, items: [{ product_id: 'mug', price: amount / 2, quantity: 2 }] },
        options: { limit: 50, expand: ['redeemable'] },
      }),
      'QualificationsCheckEligibilityResponseBody',
    );
  }

  it('PROMOTION_STACKS lists the stacks that apply, only them, with their tiers as redeemables[]', async () => {
    const small = await qualify('PROMOTION_STACKS', 10000);
    expect(small.redeemables.data.map((r) => [r.object, r.id])).toEqual([
      ['promotion_stack', 'stack_FiveThenTen'],
    ]);
    const stack = small.redeemables.data[0];
    expect(stack).toMatchObject({
      name: 'Five, then ten percent',
      campaign_id: 'camp_Summer',
      order: { total_amount: 8550, total_applied_discount_amount: 1450 },
    });
    expect(stack?.redeemables?.map((r) => [r.object, r.id, r.name, r.result?.discount?.type])).toEqual([
      ['promotion_tier', 'promo_Five', '5.00 off', 'AMOUNT'],
      ['promotion_tier', 'promo_Ten', '10% off', 'PERCENT'],
    ]);
    const big = await qualify('PROMOTION_STACKS', 30000);
    expect(big.redeemables.data.map((r) => r.id).sort()).toEqual(['stack_Big', 'stack_FiveThenTen']);
  });

  it('ALL lists the stacks that apply beside the codes and tiers, as the spec lets it', async () => {
    const spec = readReference<{
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
    }>('readOnly-openAPI.json');
    expect(spec.components.schemas['QualificationsRedeemableBase']?.properties?.['object']?.enum).toContain(
      'promotion_stack',
    );
    const all = await qualify('ALL', 10000);
    const ids = all.redeemables.data.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['stack_FiveThenTen', 'promo_Five', 'promo_Ten', 'CODE']));
    expect(ids).not.toContain('stack_Big');
    const filtered = await engine.qualify({
      order,
      options: { limit: 50, filters: { resource_type: { conditions: { $is: ['promotion_tier'] } } } },
    });
    expect(filtered.redeemables.data.every((r) => r.object === 'promotion_tier')).toBe(true);
  });

  it('leaves out the stacks of a switched-off campaign', async () => {
    engine.engine.setCampaignActive('camp_Summer', false);
    expect((await qualify('PROMOTION_STACKS', 30000)).redeemables.data).toEqual([]);
  });
});
