import type { ValidationsValidateResponseBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from './engine.js';
import { DEMO_NOW, demoSeed } from './test-support/demo.js';
import { tempDirPerTest } from './test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

function open(): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  opened.push(engine);
  return engine;
}

const WELCOME = 'camp_Wq7Lk2cTnB4xRe9sYdFh3PzA';
const SHIPPING = 'camp_Fr33Sh1pp1ng';
const bigOrder = { items: [{ product_id: 'cap', quantity: 3, price: 3000 }] };

function firstKey(response: ValidationsValidateResponseBody): string | null | undefined {
  const [result] = response.redeemables;
  return result?.status === 'INAPPLICABLE' ? result.result.error?.key : result?.status;
}

function welcome(engine: Engine) {
  return firstKey(
    engine.validate({ redeemables: [{ object: 'voucher', id: 'WELCOME10' }], order: bigOrder }),
  );
}

function qualifiedIds(engine: Engine): string[] {
  return engine
    .qualify({ scenario: 'ALL', order: bigOrder, options: { limit: 50 } })
    .redeemables.data.map((redeemable) => redeemable.id);
}

describe('campaigns', () => {
  it('lists every campaign of the seed, in seed order, with its state', () => {
    const campaigns = open().campaigns();
    expect(campaigns.map((campaign) => campaign.id)).toEqual(
      demoSeed.campaigns?.map((campaign) => campaign.id),
    );
    expect(campaigns[0]).toEqual({
      id: WELCOME,
      name: 'Welcome 10%',
      type: 'DISCOUNT_COUPONS',
      active: true,
    });
    expect(campaigns.find((campaign) => campaign.id === SHIPPING)).toEqual({
      id: SHIPPING,
      name: 'Free shipping over 75.00',
      type: 'PROMOTION',
      active: true,
    });
  });
});

describe('setCampaignActive', () => {
  it("switches a campaign's codes off and on", () => {
    const engine = open();
    expect(welcome(engine)).toBe('APPLICABLE');
    expect(engine.setCampaignActive(WELCOME, false)).toEqual({
      id: WELCOME,
      name: 'Welcome 10%',
      type: 'DISCOUNT_COUPONS',
      active: false,
    });
    expect(welcome(engine)).toBe('voucher_disabled');
    expect(engine.campaigns()[0]?.active).toBe(false);
    expect(engine.setCampaignActive(WELCOME, true)?.active).toBe(true);
    expect(welcome(engine)).toBe('APPLICABLE');
  });

  it('switches promotion tiers off: promotion_inactive, and out of qualifications', () => {
    const engine = open();
    expect(qualifiedIds(engine)).toContain('promo_Fr33Sh1p75');
    engine.setCampaignActive(SHIPPING, false);
    const response = engine.validate({
      redeemables: [{ object: 'promotion_tier', id: 'promo_Fr33Sh1p75' }],
      order: bigOrder,
    });
    expect(firstKey(response)).toBe('promotion_inactive');
    expect(qualifiedIds(engine)).not.toContain('promo_Fr33Sh1p75');
  });

  it('drops a switched-off code out of qualifications', () => {
    const engine = open();
    expect(qualifiedIds(engine)).toContain('WELCOME10');
    engine.setCampaignActive(WELCOME, false);
    expect(qualifiedIds(engine)).not.toContain('WELCOME10');
  });

  it('keeps the state across a restart, until a reseed', () => {
    const first = open();
    first.setCampaignActive(WELCOME, false);
    first.close();
    opened.splice(opened.indexOf(first), 1);

    const second = open();
    expect(second.campaigns()[0]?.active).toBe(false);
    expect(welcome(second)).toBe('voucher_disabled');
    second.reseed(demoSeed);
    expect(second.campaigns()[0]?.active).toBe(true);
    expect(welcome(second)).toBe('APPLICABLE');
  });

  it('answers undefined for an unknown campaign and changes nothing', () => {
    const engine = open();
    const before = engine.campaigns();
    expect(engine.setCampaignActive('camp_Nope', false)).toBeUndefined();
    expect(engine.campaigns()).toEqual(before);
  });
});
