import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { EngineRequestError } from '../engine-request-error.js';
import { createEngineApp } from '../http/app.js';
import { InvalidSeedError, parseSeed } from '../seed/parse-seed.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

/**
 * Ada's card CARD holds 300 points: a point pays 0.10, a mug (12.00) costs 200 points and a
 * 5.00 coupon of camp_thanks (two codes) costs 100.
 */
const seed: SeedInput = {
  version: 1,
  customers: [
    { id: 'cust_ada', source_id: 'ada' },
    { id: 'cust_bob', source_id: 'bob' },
  ],
  products: [
    { id: 'prod_mug', name: 'Mug', price: 1200 },
    { id: 'prod_tea', name: 'Tea', price: 800 },
  ],
  campaigns: [
    {
      id: 'camp_thanks',
      name: 'Thank you',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_thanks1', code: 'THANKS-1', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_thanks2', code: 'THANKS-2', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
      ],
    },
    {
      id: 'camp_loyal',
      name: 'Loyal',
      type: 'LOYALTY_PROGRAM',
      rewards: [
        { id: 'rew_pay', name: 'Pay with points', points_value: 10 },
        { id: 'rew_mug', name: 'A free mug', type: 'MATERIAL', points: 200, product: { id: 'prod_mug' } },
        {
          id: 'rew_coupon',
          name: '5.00 off',
          type: 'CAMPAIGN',
          points: 100,
          campaign: { id: 'camp_thanks' },
        },
      ],
      vouchers: [{ id: 'v_card', code: 'CARD', holder: 'ada', loyalty_card: { points: 300 } }],
    },
  ],
};

function open(input: SeedInput = seed, file = 'engine.db'): Engine {
  const engine = openEngine({ file: dir.path(file), seed: input });
  opened.push(engine);
  return engine;
}

const order = { amount: 1600, items: [{ product_id: 'prod_tea', quantity: 2, price: 800, amount: 1600 }] };
const card = (reward: string) => ({ object: 'voucher' as const, id: 'CARD', reward: { id: reward } });
const wallet = (engine: Engine, sourceId: string) =>
  expectConformant(
    engine.qualify({ customer: { source_id: sourceId }, scenario: 'CUSTOMER_WALLET', order }),
    'QualificationsCheckEligibilityResponseBody',
  ).redeemables.data;
const balance = (engine: Engine) =>
  wallet(engine, 'ada').find((redeemable) => redeemable.id === 'CARD')?.result?.loyalty_card?.balance;

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof EngineRequestError) return error.body;
  }
  throw new Error('expected an EngineRequestError');
};

describe('loyalty rewards besides pay with points', () => {
  it("lists what a card's points buy, with their cost, in the spec's reward list shape", () => {
    const engine = open();
    const result = wallet(engine, 'ada').find((redeemable) => redeemable.id === 'CARD')?.result;
    const rewards = result?.promokit?.rewards ?? [];
    expect(rewards.map(({ reward, assignment }) => [reward.id, reward.type, assignment.parameters])).toEqual([
      ['rew_mug', 'MATERIAL', { loyalty: { points: 200 } }],
      ['rew_coupon', 'CAMPAIGN', { loyalty: { points: 100 } }],
    ]);
    expect(rewards[0]?.reward.parameters).toEqual({ product: { id: 'prod_mug' } });
    expect(rewards[1]?.reward.parameters).toEqual({
      campaign: { id: 'camp_thanks', type: 'DISCOUNT_COUPONS' },
    });
    expectConformant(
      { object: 'list', data_ref: 'data', data: rewards, total: rewards.length },
      'LoyaltiesMembersRewardsListResponseBody',
    );
    expect(result?.loyalty_card).toMatchObject({ balance: 300, exchange_ratio: 10 });
  });

  it('validates a product reward: the free unit is added to the order and the card pays its points', () => {
    const engine = open();
    const answer = expectConformant(
      engine.validate({
        customer: { source_id: 'ada' },
        order,
        redeemables: [card('rew_mug')],
        options: { expand: ['order'] },
      }),
    );
    expect(answer.valid).toBe(true);
    const [applicable] = answer.redeemables;
    expect(applicable?.status).toBe('APPLICABLE');
    expect(applicable?.result).toEqual({ loyalty_card: { points: 200 } });
    const mug = answer.order?.items?.find((item) => item.product_id === 'prod_mug');
    expect(mug).toMatchObject({ quantity: 1, price: 1200, discount_amount: 1200 });
    // The mug is free: the order pays the tea alone.
    expect(answer.order?.total_amount).toBe(1600);
  });

  it('redeems a product reward: the points go, the redemption names the product, a rollback gives them back', () => {
    const engine = open();
    const redeemed = expectConformant(
      engine.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_mug')] }),
      'RedemptionsRedeemResponseBody',
    );
    const [child] = redeemed.redemptions ?? [];
    expect(child?.loyalty_card).toEqual({ points: 200 });
    expect(child?.reward).toMatchObject({
      id: 'rew_mug',
      type: 'MATERIAL',
      object: 'reward',
      product: { id: 'prod_mug', name: 'Mug' },
    });
    expect(balance(engine)).toBe(100);
    expectConformant(
      engine.rollbackStackable(redeemed.parent_redemption?.id ?? '', {}),
      'RedemptionsRollbacksCreateResponseBody',
    );
    expect(balance(engine)).toBe(300);
  });

  it("redeems a coupon reward: a code is published to the card's holder and returned; a rollback takes it back", () => {
    const engine = open();
    const redeemed = expectConformant(
      engine.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_coupon')] }),
      'RedemptionsRedeemResponseBody',
    );
    const reward = redeemed.redemptions?.[0]?.reward;
    expect(reward).toMatchObject({
      id: 'rew_coupon',
      type: 'CAMPAIGN',
      parameters: { campaign: { id: 'camp_thanks', type: 'DISCOUNT_COUPONS' } },
      voucher: { code: 'THANKS-1', campaign_id: 'camp_thanks', holder_id: 'cust_ada' },
    });
    expect(balance(engine)).toBe(200);
    // The coupon is Ada's now, and takes 5.00 off her next order.
    expect(wallet(engine, 'ada').map((redeemable) => redeemable.id)).toContain('THANKS-1');
    expect(wallet(engine, 'bob').map((redeemable) => redeemable.id)).not.toContain('THANKS-1');
    // Bought again, the next code goes out.
    const again = engine.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_coupon')] });
    expect(again.redemptions?.[0]?.reward?.voucher?.code).toBe('THANKS-2');
    engine.rollbackStackable(again.parent_redemption?.id ?? '', {});
    expect(wallet(engine, 'ada').map((redeemable) => redeemable.id)).not.toContain('THANKS-2');
    expect(balance(engine)).toBe(200);
  });

  it('refuses a reward the card cannot afford, and a coupon reward with no code left', () => {
    const engine = open();
    engine.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_mug')] });
    const short = engine.validate({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_mug')] });
    expect(short.redeemables[0]?.result).toMatchObject({ error: { key: 'loyalty_card_points_exceeded' } });

    const rich = open(
      {
        ...seed,
        campaigns: seed.campaigns?.map((campaign) =>
          campaign.type === 'LOYALTY_PROGRAM'
            ? {
                ...campaign,
                vouchers: [{ id: 'v_card', code: 'CARD', holder: 'ada', loyalty_card: { points: 900 } }],
              }
            : campaign,
        ),
      },
      'rich.db',
    );
    for (let bought = 0; bought < 2; bought += 1)
      rich.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_coupon')] });
    const none = rich.validate({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_coupon')] });
    expect(none.redeemables[0]?.result).toMatchObject({ error: { key: 'quantity_exceeded' } });
    expect(
      refusal(() =>
        rich.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_coupon')] }),
      ),
    ).toMatchObject({ key: 'quantity_exceeded' });
  });

  it('still lists a card whose points another session holds, so its holder sees what it buys', () => {
    const engine = open();
    const locked = engine.validate({
      customer: { source_id: 'ada' },
      order,
      redeemables: [card('rew_mug')],
      session: { type: 'LOCK', key: 'ssn_elsewhere' },
    });
    expect(locked.valid).toBe(true);
    // 100 points are free now: another validation cannot take the mug, but the wallet shows the card.
    const other = engine.validate({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_mug')] });
    expect(other.redeemables[0]?.result).toMatchObject({ error: { key: 'loyalty_card_points_exceeded' } });
    expect(
      wallet(engine, 'ada').find((redeemable) => redeemable.id === 'CARD')?.result?.promokit?.rewards,
    ).toHaveLength(2);
  });

  it("refuses another customer than the card's holder", () => {
    const engine = open();
    const answer = engine.validate({ customer: { source_id: 'bob' }, order, redeemables: [card('rew_mug')] });
    expect(answer.redeemables[0]?.result).toMatchObject({ error: { key: 'invalid_customer' } });
  });
});

describe('GET /v1/loyalties/members/{memberId}/rewards', () => {
  const headers = { 'X-App-Id': 'app-id', 'X-App-Token': 'app-token' };
  const get = async (engine: Engine, path: string) => {
    const app = createEngineApp(engine, { appId: 'app-id', appToken: 'app-token' });
    const response = await app.request(path, { headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("lists a card's rewards with their cost, and with affordable_only those its points buy now", async () => {
    const engine = open();
    engine.redeem({ customer: { source_id: 'ada' }, order, redeemables: [card('rew_mug')] });
    const all = await get(engine, '/v1/loyalties/members/CARD/rewards');
    expect(all.status).toBe(200);
    expectConformant(all.body, 'LoyaltiesMembersRewardsListResponseBody');
    const ids = (body: Record<string, unknown>) =>
      (body['data'] as { reward: { id: string } }[]).map((item) => item.reward.id);
    expect(ids(all.body)).toEqual(['rew_pay', 'rew_mug', 'rew_coupon']);
    // 100 points are left: the coupon (100) is within reach, the mug (200) is not.
    const affordable = await get(engine, '/v1/loyalties/members/v_card/rewards?affordable_only=true');
    expect(ids(affordable.body)).toEqual(['rew_pay', 'rew_coupon']);
    expect(affordable.body['total']).toBe(2);
  });

  it('answers 404 for a code that is not a loyalty card', async () => {
    const engine = open();
    const missing = await get(engine, '/v1/loyalties/members/THANKS-1/rewards');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ key: 'not_found', resource_type: 'voucher' });
  });
});

describe('loyalty rewards in the seed', () => {
  const withRewards = (rewards: unknown[]) => ({
    ...seed,
    campaigns: seed.campaigns?.map((campaign) =>
      campaign.type === 'LOYALTY_PROGRAM' ? { ...campaign, rewards } : campaign,
    ),
  });
  const problems = (input: unknown) => {
    try {
      parseSeed(input);
    } catch (error) {
      if (error instanceof InvalidSeedError) return error.problems;
    }
    throw new Error('expected an InvalidSeedError');
  };

  it.each([
    [
      { id: 'rew_x', name: 'X', type: 'MATERIAL', points: 10 },
      'campaigns[1].rewards[0].product',
      'needs product',
    ],
    [
      { id: 'rew_x', name: 'X', type: 'MATERIAL', points: 10, product: { id: 'prod_none' } },
      'campaigns[1].rewards[0].product.id',
      'unknown product prod_none',
    ],
    [
      { id: 'rew_x', name: 'X', type: 'CAMPAIGN', points: 10, campaign: { id: 'camp_loyal' } },
      'campaigns[1].rewards[0].campaign.id',
      'not a DISCOUNT_COUPONS campaign',
    ],
    [
      { id: 'rew_x', name: 'X', type: 'CAMPAIGN', points_value: 10, campaign: { id: 'camp_thanks' } },
      'campaigns[1].rewards[0].points_value',
      'takes no points_value',
    ],
    [{ id: 'rew_x', name: 'X' }, 'campaigns[1].rewards[0].points_value', 'needs points_value'],
  ])('refuses %j', (reward, path, message) => {
    expect(problems(withRewards([reward]))).toContainEqual({
      path,
      message: expect.stringContaining(message),
    });
  });
});
