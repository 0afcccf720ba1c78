import type { ValidationsValidateRequestBody } from '@promokit/voucherify';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from './engine.js';
import { EngineRequestError } from './engine-request-error.js';
import { InvalidSeedError } from './seed/parse-seed.js';
import type { SeedInput } from './seed/seed-schema.js';
import { tempDirPerTest } from './test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

// Ada holds a gift card, a loyalty card and a personal code, each in a campaign whose rules admit
// only the code's holder; NOBODYS is such a code published to no one, and BEARER a gift card
// whose campaign admits anyone who has the code.
const seed: SeedInput = {
  version: 1,
  customers: [
    { id: 'cust_ada', source_id: 'ada' },
    { id: 'cust_bob', source_id: 'bob' },
  ],
  validation_rules: [
    { id: 'val_holder', name: 'Only the code holder', conditions: [{ type: 'code_holder' }] },
    {
      id: 'val_holderFrom50',
      name: 'The holder, from 50.00',
      conditions: [{ type: 'min_order_amount', amount: 5000 }, { type: 'code_holder' }],
    },
  ],
  campaigns: [
    {
      id: 'camp_gift',
      name: 'Gift cards',
      type: 'GIFT_VOUCHERS',
      validation_rules: ['val_holder'],
      vouchers: [{ id: 'v_gift', code: 'ADA-GIFT', holder: 'ada', gift: { amount: 5000 } }],
    },
    {
      id: 'camp_bearer',
      name: 'Bearer gift cards',
      type: 'GIFT_VOUCHERS',
      vouchers: [{ id: 'v_bearer', code: 'BEARER', gift: { amount: 5000 } }],
    },
    {
      id: 'camp_loyal',
      name: 'Loyal',
      type: 'LOYALTY_PROGRAM',
      validation_rules: ['val_holder'],
      rewards: [{ id: 'rew_pay', name: 'Pay with points', points_value: 1 }],
      vouchers: [{ id: 'v_card', code: 'ADA-CARD', holder: 'ada', loyalty_card: { points: 3000 } }],
    },
    {
      id: 'camp_thanks',
      name: 'Thank you',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_holderFrom50'],
      vouchers: [
        {
          id: 'v_thanks',
          code: 'ADA-THANKS',
          holder: 'ada',
          quantity: 1,
          discount: { type: 'AMOUNT', amount_off: 1000 },
        },
        { id: 'v_nobodys', code: 'NOBODYS', discount: { type: 'AMOUNT', amount_off: 1000 } },
      ],
    },
  ],
};

function open(): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed });
  opened.push(engine);
  return engine;
}

type Member = ValidationsValidateRequestBody['redeemables'][number];
const gift = (credits?: number): Member => ({
  object: 'voucher',
  id: 'ADA-GIFT',
  ...(credits === undefined ? {} : { gift: { credits } }),
});
const points = (count: number): Member => ({
  object: 'voucher',
  id: 'ADA-CARD',
  reward: { id: 'rew_pay', points: count },
});
const code = (id: string): Member => ({ object: 'voucher', id });
const order = { amount: 10_000 };
const ada = { source_id: 'ada' };
const bob = { source_id: 'bob' };
// A shopper the engine has never seen, named by the storefront's id only.
const stranger = { source_id: 'someone-new' };

/** The key a validation of `member` alone is refused with, or `undefined` when it applies. */
function refusal(engine: Engine, member: Member, customer?: { source_id: string }): string | undefined {
  const [result] = engine.validate({
    redeemables: [member],
    order,
    ...(customer ? { customer } : {}),
  }).redeemables;
  return result?.status === 'INAPPLICABLE' ? (result.result.error?.key ?? undefined) : undefined;
}

/** The error a redemption is refused with (an `EngineRequestError`'s body). */
function redeemFailure(engine: Engine, body: Parameters<Engine['redeem']>[0]) {
  try {
    engine.redeem(body);
  } catch (error) {
    if (error instanceof EngineRequestError) return error.body;
    throw error;
  }
  throw new Error('expected the redemption to be refused');
}

/** Ada's wallet: each code's gift balance or points, as her holder sees them. */
function walletOfAda(engine: Engine): Record<string, number | null | undefined> {
  const data = engine.qualify({
    scenario: 'CUSTOMER_WALLET',
    customer: ada,
    order: { amount: 100_000 },
    options: { limit: 10 },
  }).redeemables.data;
  return Object.fromEntries(
    data.map((r) => [r.id, r.result?.gift?.balance ?? r.result?.loyalty_card?.balance ?? null]),
  );
}

describe('a code whose rules admit only its holder (Voucherify "Redemption only by code holder")', () => {
  it.each<[string, Member]>([
    ['gift card', gift(1000)],
    ['loyalty card', points(100)],
    ['personal code', code('ADA-THANKS')],
  ])('applies for its holder only: the %s', (_, member) => {
    const engine = open();
    expect(refusal(engine, member, ada)).toBeUndefined();
    expect(refusal(engine, member, bob)).toBe('customer_rules_violated');
    expect(refusal(engine, member, stranger)).toBe('customer_rules_violated');
    expect(refusal(engine, member)).toBe('missing_customer');
  });

  it("says the rule's own words: the code's rules are violated, not which customer holds it", () => {
    const [result] = open().validate({ redeemables: [gift(1000)], order, customer: bob }).redeemables;
    expect(result).toMatchObject({
      status: 'INAPPLICABLE',
      result: {
        error: {
          code: 400,
          key: 'customer_rules_violated',
          message: 'customer does not match validation rules',
          details: 'Gift Card cannot be redeemed because of violated validation rules: val_holder',
        },
      },
    });
    expect(JSON.stringify(result)).not.toContain('ada');
  });

  it('refuses a code published to no one to everyone', () => {
    const engine = open();
    for (const customer of [ada, bob, undefined])
      expect(refusal(engine, code('NOBODYS'), customer)).toBe(
        customer ? 'customer_rules_violated' : 'missing_customer',
      );
  });

  it("refuses a non-holder before anything that reveals the card's balance or state", () => {
    const engine = open();
    // For the holder, asking for more than the balance is gift_amount_exceeded ...
    expect(refusal(engine, gift(5001), ada)).toBe('gift_amount_exceeded');
    expect(refusal(engine, points(3001), ada)).toBe('loyalty_card_points_exceeded');
    // ... which no one else can tell from asking for less: every amount gets the same refusal.
    for (const credits of [undefined, 1, 4999, 5000, 5001, 1_000_000]) {
      expect(refusal(engine, gift(credits), bob)).toBe('customer_rules_violated');
      expect(refusal(engine, gift(credits))).toBe('missing_customer');
    }
    for (const count of [1, 3000, 3001])
      expect(refusal(engine, points(count), bob)).toBe('customer_rules_violated');

    // Nor whether the holder's single use is taken, or the order is too small for the rest of the rules.
    engine.redeem({ redeemables: [code('ADA-THANKS')], order, customer: ada });
    expect(refusal(engine, code('ADA-THANKS'), ada)).toBe('quantity_exceeded');
    expect(refusal(engine, code('ADA-THANKS'), bob)).toBe('customer_rules_violated');
  });

  it("gives a non-holder the same answer whatever the card's balance and the amount asked", () => {
    const engine = open();
    const withBalance = (balance: number): SeedInput => ({
      ...seed,
      campaigns: seed.campaigns?.map((campaign) =>
        campaign.id === 'camp_gift' && campaign.type === 'GIFT_VOUCHERS'
          ? { ...campaign, vouchers: [{ ...campaign.vouchers[0]!, gift: { amount: 5000, balance } }] }
          : campaign,
      ),
    });
    const answer = (balance: number, credits: number | undefined, customer?: { source_id: string }) => {
      engine.reseed(withBalance(balance));
      const { redeemables } = engine.validate({
        redeemables: [gift(credits)],
        order,
        ...(customer ? { customer } : {}),
      });
      // Every answer has its own request id.
      return JSON.stringify(redeemables, (key, value: unknown) => (key === 'request_id' ? undefined : value));
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
        fc.constantFrom(bob, stranger, undefined),
        (balance, otherBalance, credits, customer) => {
          expect(answer(balance, credits, customer)).toEqual(answer(otherBalance, credits, customer));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reserves nothing for a non-holder under a LOCK session', () => {
    const engine = open();
    const locked = engine.validate({
      redeemables: [gift(5000)],
      order,
      customer: bob,
      session: { type: 'LOCK', key: 'ssn_bob' },
    });
    expect(locked.valid).toBe(false);
    expect(refusal(engine, gift(5000), ada)).toBeUndefined();
    expect(walletOfAda(engine)).toMatchObject({ 'ADA-GIFT': 5000, 'ADA-CARD': 3000 });
  });

  it("refuses a non-holder's redemption with the same key and books nothing", () => {
    const engine = open();
    const redeemables = [gift(2000), points(500), code('ADA-THANKS')];
    for (const member of redeemables) {
      expect(redeemFailure(engine, { redeemables: [member], order, customer: bob })).toMatchObject({
        code: 400,
        key: 'customer_rules_violated',
        resource_type: 'redemption',
      });
      expect(redeemFailure(engine, { redeemables: [member], order })).toMatchObject({
        key: 'missing_customer',
      });
    }
    expect(walletOfAda(engine)).toMatchObject({ 'ADA-GIFT': 5000, 'ADA-CARD': 3000 });

    const redeemed = engine.redeem({ redeemables, order, customer: ada });
    expect(redeemed.redemptions.map((redemption) => redemption.result)).toEqual([
      'SUCCESS',
      'SUCCESS',
      'SUCCESS',
    ]);
    expect(walletOfAda(engine)).toMatchObject({ 'ADA-GIFT': 3000, 'ADA-CARD': 2500 });
  });

  it('leaves a code without the rule to whoever has it', () => {
    const engine = open();
    expect(
      refusal(engine, { object: 'voucher', id: 'BEARER', gift: { credits: 5000 } }, bob),
    ).toBeUndefined();
    expect(refusal(engine, { object: 'voucher', id: 'BEARER', gift: { credits: 5000 } })).toBeUndefined();
  });

  it('keeps the rule out of promotion tiers, which no one holds', () => {
    const withTier: SeedInput = {
      ...seed,
      campaigns: [
        {
          id: 'camp_auto',
          name: 'Automatic',
          type: 'PROMOTION',
          tiers: [
            {
              id: 'promo_holder',
              name: 'Holder only',
              validation_rules: ['val_holder'],
              discount: { type: 'AMOUNT', amount_off: 500 },
            },
          ],
        },
      ],
    };
    expect(() => openEngine({ file: dir.path('tier.db'), seed: withTier })).toThrow(InvalidSeedError);
    expect(() => openEngine({ file: dir.path('tier.db'), seed: withTier })).toThrow(
      /campaigns\[0\]\.tiers\[0\]\.validation_rules\[0\]: a promotion tier has no holder/,
    );
  });
});
