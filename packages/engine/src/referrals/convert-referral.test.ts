import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { InvalidSeedError, parseSeed } from '../seed/parse-seed.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

/**
 * Cy holds no loyalty card. CY-FRIEND (converting on redemption) gives her a THANKS coupon per
 * friend; CY-SIGNUP (converting on the `signed_up` event) 40 points on a card of camp_loyal, which
 * has one card not yet published (SPARE).
 */
const seed: SeedInput = {
  version: 1,
  customers: [
    { id: 'cust_cy', source_id: 'cy' },
    { id: 'cust_dan', source_id: 'dan' },
    { id: 'cust_eve', source_id: 'eve' },
  ],
  campaigns: [
    {
      id: 'camp_thanks',
      name: 'Thank you',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_thanks1', code: 'THANKS-1', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
      ],
    },
    {
      id: 'camp_loyal',
      name: 'Loyal',
      type: 'LOYALTY_PROGRAM',
      rewards: [{ id: 'rew_pay', name: 'Pay with points', points_value: 10 }],
      vouchers: [{ id: 'v_spare', code: 'SPARE', loyalty_card: { points: 0 } }],
    },
    {
      id: 'camp_refcoupon',
      name: 'Refer for a coupon',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      referrer_reward: { campaign: { id: 'camp_thanks' } },
      vouchers: [{ id: 'v_cyfriend', code: 'CY-FRIEND', holder: 'cy' }],
    },
    {
      id: 'camp_refpoints',
      name: 'Refer for points',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } },
      referrer_reward: { points: 40, campaign: { id: 'camp_loyal' } },
      vouchers: [{ id: 'v_cysignup', code: 'CY-SIGNUP', holder: 'cy' }],
    },
  ],
};

function open(): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed });
  opened.push(engine);
  return engine;
}

const order = { amount: 5000 };
const walletOf = (engine: Engine, sourceId: string) =>
  expectConformant(
    engine.qualify({ customer: { source_id: sourceId }, scenario: 'CUSTOMER_WALLET', order }),
    'QualificationsCheckEligibilityResponseBody',
  ).redeemables.data.map((redeemable) => ({
    id: redeemable.id,
    points: redeemable.result?.loyalty_card?.balance,
  }));

describe('referrer rewards without a loyalty card', () => {
  it('publishes a coupon to the referrer once per referee who redeems the code, while codes last', () => {
    const engine = open();
    expect(walletOf(engine, 'cy').map(({ id }) => id)).not.toContain('THANKS-1');
    engine.redeem({
      customer: { source_id: 'dan' },
      order,
      redeemables: [{ object: 'voucher', id: 'CY-FRIEND' }],
    });
    expect(walletOf(engine, 'cy').map(({ id }) => id)).toContain('THANKS-1');
    // The coupon is hers now, so a second friend finds none left: the referral still counts.
    const second = engine.redeem({
      customer: { source_id: 'eve' },
      order,
      redeemables: [{ object: 'voucher', id: 'CY-FRIEND' }],
    });
    expect(second.order?.referrer_id).toBe('cust_cy');
    expect(walletOf(engine, 'cy').filter(({ id }) => id.startsWith('THANKS'))).toHaveLength(1);
  });

  it("publishes the program's spare card to a referrer without one, with the points, when the event converts", () => {
    const engine = open();
    expectConformant(
      engine.trackEvent({
        event: 'signed_up',
        customer: { source_id: 'dan' },
        referral: { code: 'CY-SIGNUP' },
      }),
      'EventsCreateResponseBody',
    );
    expect(walletOf(engine, 'cy')).toContainEqual({ id: 'SPARE', points: 40 });
    // Once per referee; another referee adds to the same card.
    engine.trackEvent({
      event: 'signed_up',
      customer: { source_id: 'dan' },
      referral: { code: 'CY-SIGNUP' },
    });
    engine.trackEvent({
      event: 'signed_up',
      customer: { source_id: 'eve' },
      referral: { code: 'CY-SIGNUP' },
    });
    expect(walletOf(engine, 'cy')).toContainEqual({ id: 'SPARE', points: 80 });
    // The card is Cy's: she pays with it, nobody else can.
    const paid = engine.validate({
      customer: { source_id: 'cy' },
      order,
      redeemables: [{ object: 'voucher', id: 'SPARE', reward: { id: 'rew_pay', points: 80 } }],
    });
    expect(paid.redeemables[0]?.result).toEqual({ loyalty_card: { points: 80 } });
    const other = engine.validate({
      customer: { source_id: 'dan' },
      order,
      redeemables: [{ object: 'voucher', id: 'SPARE', reward: { id: 'rew_pay', points: 10 } }],
    });
    expect(other.redeemables[0]?.result).toMatchObject({ error: { key: 'invalid_customer' } });
  });

  it('refuses a referrer reward that names no coupon or loyalty campaign, or a loyalty one without points', () => {
    const withReward = (referrer_reward: unknown) => ({
      ...seed,
      campaigns: seed.campaigns?.map((campaign) =>
        campaign.id === 'camp_refpoints' ? { ...campaign, referrer_reward } : campaign,
      ),
    });
    const problems = (input: unknown) => {
      try {
        parseSeed(input);
      } catch (error) {
        if (error instanceof InvalidSeedError)
          return error.problems.map(({ path, message }) => `${path}: ${message}`);
      }
      throw new Error('expected an InvalidSeedError');
    };
    const path = 'campaigns[3].referrer_reward.campaign.id';
    expect(problems(withReward({ campaign: { id: 'camp_loyal' } }))).toEqual([
      `${path}: points on a loyalty card need points`,
    ]);
    expect(problems(withReward({ points: 5, campaign: { id: 'camp_thanks' } }))).toEqual([
      `${path}: a coupon campaign gives a coupon, not points`,
    ]);
    expect(problems(withReward({ campaign: { id: 'camp_refcoupon' } }))[0]).toContain(
      'is not a LOYALTY_PROGRAM or DISCOUNT_COUPONS',
    );
    expect(problems(withReward({}))[0]).toContain('needs points, a campaign, or both');
  });
});
