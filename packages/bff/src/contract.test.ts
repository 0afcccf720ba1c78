import {
  qualificationsResponseSchema,
  redeemResponseSchema,
  rollbackResponseSchema,
  trackResponseSchema,
  validateResponseSchema,
  walletResponseSchema,
} from '@promokit/core';
import { afterAll, describe, expect, it } from 'vitest';

import catalog from './demo-catalog.json' with { type: 'json' };
import { startDemoBff } from './testing.js';

// The BFF over the real engine and demo seed, called over real local HTTP as a storefront would.
const bff = await startDemoBff();
afterAll(() => bff.close());

async function post(route: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${bff.url}/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

async function signIn(persona: string): Promise<string> {
  const response = await post('session', { persona });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function ok(response: Response): Promise<unknown> {
  expect(response.status).toBe(200);
  return response.json();
}

const priceOf = (id: string) => catalog.products.find((product) => product.id === id)?.price ?? NaN;
const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};
const subtotal = priceOf('mug') + priceOf('tote');

describe('POST /qualifications', () => {
  it('hints the amount missing to each next spend tier and to free shipping', async () => {
    const body = qualificationsResponseSchema.parse(
      await ok(await post('qualifications', { stage: 'cart', cart })),
    );
    expect(body.stage).toBe('cart');
    const missing = Object.fromEntries(
      body.offers.filter((offer) => offer.missingAmount).map((offer) => [offer.id, offer.missingAmount]),
    );
    // The seed's thresholds: free shipping from 75.00, 5 %, 10 % and 15 % off from 100, 250 and 500,
    // on the order amount as Voucherify counts it: the goods and the 6.95 shipping line.
    const order = subtotal + 695;
    expect(missing).toMatchObject({
      promo_Fr33Sh1p75: 7500 - order,
      promo_Sp3nd100: 10000 - order,
      promo_Sp3nd250: 25000 - order,
      promo_Sp3nd500: 50000 - order,
    });
    for (const offer of body.offers.filter((entry) => entry.missingAmount))
      expect(offer).toMatchObject({ qualifies: false, discount: 0 });
  });

  it('hints the items missing from a bundle, and qualifies it once they are there', async () => {
    const before = qualificationsResponseSchema.parse(
      await ok(await post('qualifications', { stage: 'cart', cart })),
    );
    expect(before.offers.find((offer) => offer.id === 'promo_MugTr10')).toMatchObject({
      qualifies: false,
      missingItems: [{ productId: 'mug', quantity: 2 }],
    });
    const trio = { lines: [{ productId: 'mug', quantity: 3 }] };
    const after = qualificationsResponseSchema.parse(
      await ok(await post('qualifications', { stage: 'cart', cart: trio })),
    );
    const offer = after.offers.find((entry) => entry.id === 'promo_MugTr10');
    expect(offer).toMatchObject({ qualifies: true });
    expect(offer?.missingItems).toBeUndefined();
    expect(offer?.discount).toBeGreaterThan(0);
  });

  it('keeps to the products on screen on a product page', async () => {
    const body = qualificationsResponseSchema.parse(
      await ok(await post('qualifications', { stage: 'product', cart: { lines: [] }, productIds: ['tote'] })),
    );
    expect(body.stage).toBe('product');
    for (const offer of body.offers) if (offer.productIds) expect(offer.productIds).toContain('tote');
  });
});

describe('POST /validate', () => {
  it('applies codes and the automatic tiers the cart qualifies for', async () => {
    const big = { lines: [{ productId: 'tote', quantity: 3 }] };
    const body = validateResponseSchema.parse(
      await ok(await post('validate', { cart: big, codes: ['SAVE5'] })),
    );
    expect(body.applied).toEqual([expect.objectContaining({ code: 'SAVE5', kind: 'coupon', discount: 500 })]);
    expect(body.promotions.length).toBeGreaterThan(0);
    expect(body.totals.total).toBe(body.totals.subtotal + body.totals.shipping - body.totals.discount);
  });
});

describe('POST /wallet', () => {
  it('lists a loyalty member’s gift card balance and loyalty points', async () => {
    const body = walletResponseSchema.parse(
      await ok(await post('wallet', {}, await signIn('loyalty-member'))),
    );
    expect(body.signedIn).toBe(true);
    expect(body.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'GIFT-5000-DEMO', kind: 'gift_card', balance: 5000 }),
        expect.objectContaining({ code: 'LOYALTY-SAM', kind: 'loyalty_card', points: 3000 }),
      ]),
    );
  });

  it('marks the shopper’s own referral code, and lists the codes published to them', async () => {
    const body = walletResponseSchema.parse(
      await ok(await post('wallet', {}, await signIn('returning-customer'))),
    );
    expect(body.entries.find((entry) => entry.code === 'REF-ALEX')).toMatchObject({
      kind: 'referral',
      ownReferral: true,
    });
    const coupons = body.entries.filter((entry) => entry.kind === 'coupon');
    expect(coupons.length).toBeGreaterThan(0);
    for (const entry of coupons) expect(entry.ownReferral).toBeUndefined();
  });

  it('is empty for a guest', async () => {
    expect(walletResponseSchema.parse(await ok(await post('wallet', {})))).toEqual({
      signedIn: false,
      entries: [],
    });
  });
});

describe('POST /track', () => {
  it('accepts a signed-in shopper’s event and a guest’s', async () => {
    const cookie = await signIn('new-customer');
    const event = { event: 'newsletter_signup', metadata: { source: 'footer' } };
    expect(trackResponseSchema.parse(await ok(await post('track', event, cookie)))).toEqual({
      accepted: true,
    });
    expect(trackResponseSchema.parse(await ok(await post('track', event)))).toEqual({ accepted: true });
    expect((await post('track', { event: 'not valid!' }, cookie)).status).toBe(400);
  });
});

describe('loyalty points', () => {
  it('pays with points through the card’s reward, and reports the points an order earns', async () => {
    const cookie = await signIn('loyalty-member');
    const codes = [{ code: 'LOYALTY-SAM', points: 500 }];
    const validated = validateResponseSchema.parse(await ok(await post('validate', { cart, codes }, cookie)));
    expect(validated.rejected).toEqual([]);
    expect(validated.applied).toEqual([
      expect.objectContaining({
        code: 'LOYALTY-SAM',
        kind: 'loyalty_card',
        effect: { type: 'loyalty_points', points: 500 },
      }),
    ]);
    const redeemed = redeemResponseSchema.parse(
      await ok(await post('redeem', { orderId: 'order-points', cart, codes }, cookie)),
    );
    expect(redeemed.status).toBe('redeemed');
    // The seed's earning rule: 1 point per full 1.00 of what is left to pay once points paid.
    expect(redeemed).toMatchObject({
      pointsEarned: Math.floor(redeemed.totals.due / 100),
      pointsEarnedOn: redeemed.totals.due,
    });
    expect(redeemed.totals.paid).toEqual([
      { code: 'LOYALTY-SAM', kind: 'loyalty_card', amount: redeemed.totals.total - redeemed.totals.due },
    ]);
    const wallet = walletResponseSchema.parse(await ok(await post('wallet', {}, cookie)));
    const earned = redeemed.status === 'redeemed' ? (redeemed.pointsEarned ?? 0) : 0;
    expect(wallet.entries.find((entry) => entry.code === 'LOYALTY-SAM')?.points).toBe(3000 - 500 + earned);
  });

  it('leaves points earned out for a shopper without a loyalty card', async () => {
    const cookie = await signIn('new-customer');
    const redeemed = redeemResponseSchema.parse(
      await ok(await post('redeem', { orderId: 'order-no-card', cart, codes: [] }, cookie)),
    );
    expect(redeemed).toMatchObject({ status: 'redeemed' });
    expect(redeemed.status === 'redeemed' && redeemed.pointsEarned).toBeUndefined();
  });
});

describe('POST /redeem and /rollback', () => {
  it('books nothing when the order would cost other than shown, then redeems at the new total', async () => {
    const cookie = await signIn('new-customer');
    const validated = validateResponseSchema.parse(
      await ok(await post('validate', { cart, codes: ['BAGS15'] }, cookie)),
    );
    expect(validated.applied.map((item) => item.code)).toEqual(['BAGS15']);
    // The tote (the Bags item) left the cart before the order was placed.
    const withoutBags = { lines: [{ productId: 'mug', quantity: 1 }] };
    const order = { orderId: 'order-stopped', cart: withoutBags, codes: ['BAGS15'] };
    const changed = redeemResponseSchema.parse(
      await ok(await post('redeem', { ...order, expectedDue: validated.totals.due }, cookie)),
    );
    expect(changed).toMatchObject({ status: 'rejected', orderId: 'order-stopped' });
    if (changed.status !== 'rejected') throw new Error(`rejected expected, got ${changed.status}`);
    expect(changed.rejected.map((item) => item.code)).toEqual(['BAGS15']);
    expect(changed.totals).toMatchObject({
      discount: 0,
      due: changed.totals.subtotal + changed.totals.shipping,
    });
    // Nothing was booked for the order: once shown the new total, it is placed without the code.
    const placed = redeemResponseSchema.parse(
      await ok(await post('redeem', { ...order, expectedDue: changed.totals.due }, cookie)),
    );
    expect(placed).toMatchObject({ status: 'redeemed', orderId: 'order-stopped', applied: [] });
    if (placed.status !== 'redeemed') throw new Error(`redeemed expected, got ${placed.status}`);
    expect(placed.rejected.map((item) => item.code)).toEqual(['BAGS15']);
    expect(placed.totals).toEqual(changed.totals);
  });

  it('redeems, then rolls back, with contract answers', async () => {
    const cookie = await signIn('returning-customer');
    const redeemed = redeemResponseSchema.parse(
      await ok(await post('redeem', { orderId: 'order-contract', cart, codes: ['SAVE5'] }, cookie)),
    );
    expect(redeemed).toMatchObject({ status: 'redeemed', applied: [{ code: 'SAVE5' }] });
    const rolledBack = rollbackResponseSchema.parse(
      await ok(await post('rollback', { orderId: 'order-contract' }, cookie)),
    );
    expect(rolledBack).toEqual({ orderId: 'order-contract', status: 'rolled_back' });
  });
});
