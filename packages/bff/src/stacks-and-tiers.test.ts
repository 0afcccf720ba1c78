import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { validateResponseSchema, walletResponseSchema } from '@promokit/core';
import { demoSeed, parseSeed, type SeedInput } from '@promokit/engine';
import { afterAll, describe, expect, it } from 'vitest';

import catalog from './demo-catalog.json' with { type: 'json' };
import { embeddedUpstream } from './embedded-upstream.js';
import { toOffer } from './offers.js';
import { withStackTiers } from './stack-tiers.js';
import { demoBff } from './testing.js';

// The demo BFF over an engine whose seed adds a promotion stack and loyalty tiers, as a marketer
// sets them up in Voucherify: the storefront changes nothing to show them.
const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-stacks-'));
const demo = demoSeed() as SeedInput;
const seed = parseSeed({
  ...demo,
  campaigns: [
    ...(demo.campaigns ?? []).map((campaign) =>
      campaign.type === 'LOYALTY_PROGRAM'
        ? {
            ...campaign,
            tiers: [
              { id: 'ltr_Trail', name: 'Trail', points: { from: 0, to: 1000 } },
              { id: 'ltr_Summit', name: 'Summit', points: { from: 1000, to: 5000 } },
              { id: 'ltr_Peak', name: 'Peak', points: { from: 5000 } },
            ],
          }
        : campaign,
    ),
    {
      id: 'camp_Winter',
      name: 'Winter',
      type: 'PROMOTION',
      tiers: [
        { id: 'promo_W1nt3r5', name: 'Winter 5.00 off', discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'promo_W1nt3r10', name: 'Winter 10% off', discount: { type: 'PERCENT', percent_off: 10 } },
      ],
    },
  ],
  promotion_stacks: [
    {
      id: 'stack_W1nt3r',
      name: 'Winter bundle',
      campaign_id: 'camp_Winter',
      tiers: { ids: ['promo_W1nt3r5', 'promo_W1nt3r10'] },
    },
  ],
});
const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed, caseSensitiveCodes: false });
const bff = demoBff({ upstream });
afterAll(() => {
  bff.close();
  upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(route: string, body: unknown, cookie = '') {
  const response = await bff.app.request(`/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return { body: (await response.json()) as unknown, cookie: response.headers.get('set-cookie') };
}

const beanie = catalog.products.find((product) => product.id === 'ridge-beanie');
const order = {
  amount: (beanie?.price ?? NaN) + 695,
  items: [
    {
      source_id: 'ridge-beanie',
      related_object: 'product' as const,
      quantity: 1,
      price: beanie?.price ?? NaN,
    },
    { source_id: '5h1pp1ng', related_object: 'product' as const, quantity: 1, price: 695 },
  ],
};

describe('an automatic promotion stack, through the unchanged BFF', () => {
  it('counts a stack a qualification lists alone as its tiers, each by its name and effect', async () => {
    // The engine's own answer for the scenario that lists only stacks.
    const stacks = await upstream.qualify({ scenario: 'PROMOTION_STACKS', order, options: { limit: 50 } });
    expect(stacks.redeemables.data.map((r) => r.id)).toEqual(['stack_W1nt3r']);
    const offers = withStackTiers(stacks.redeemables.data).flatMap((r) => toOffer(r) ?? []);
    expect(offers).toEqual([
      expect.objectContaining({
        id: 'promo_W1nt3r5',
        label: 'Winter 5.00 off',
        qualifies: true,
        effect: { type: 'amount_off', amountOff: 500 },
      }),
      expect.objectContaining({
        id: 'promo_W1nt3r10',
        label: 'Winter 10% off',
        qualifies: true,
        effect: { type: 'percent_off', percentOff: 10 },
      }),
    ]);
    // Listed beside its tiers (scenario ALL), each tier still counts once.
    const all = await upstream.qualify({ scenario: 'ALL', order, options: { limit: 50 } });
    const ids = withStackTiers(all.redeemables.data).map((r) => r.id);
    expect(ids.filter((id) => id === 'promo_W1nt3r5')).toHaveLength(1);
    expect(ids).not.toContain('stack_W1nt3r');
  });

  it("shows the stack's tiers as applied promotions, taking off what the stack takes off upstream", async () => {
    const { body } = await post('validate', {
      cart: { lines: [{ productId: 'ridge-beanie', quantity: 1 }] },
      codes: [],
    });
    const validation = validateResponseSchema.parse(body);
    const winter = validation.promotions.filter((promotion) => promotion.id.startsWith('promo_W1nt3r'));
    expect(winter.map((promotion) => [promotion.label, promotion.effect.type])).toEqual([
      ['Winter 5.00 off', 'amount_off'],
      ['Winter 10% off', 'percent_off'],
    ]);
    const stack = await upstream.validate({
      redeemables: [{ object: 'promotion_stack', id: 'stack_W1nt3r' }],
      order,
    });
    expect(stack.valid).toBe(true);
    expect(validation.totals.discount).toBe(stack.order?.total_discount_amount);
  });
});

describe("the member's loyalty tier in the wallet", () => {
  it('names the tier and the points the next one needs', async () => {
    const { cookie } = await post('session', { persona: 'loyalty-member' });
    const { body } = await post('wallet', {}, (cookie ?? '').split(';')[0]);
    const card = walletResponseSchema.parse(body).entries.find((entry) => entry.kind === 'loyalty_card');
    const points = card?.points ?? NaN;
    // The demo card's 3000 points earned: Summit (1000 to 5000), Peak from 5000.
    expect(points).toBe(3000);
    expect(card?.tier).toEqual({ name: 'Summit', next: { name: 'Peak', pointsToGo: 5000 - points } });
  });
});
