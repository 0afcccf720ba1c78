import { type CodeEntry, redeemResponseSchema, type Totals, validateResponseSchema } from '@promokit/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import catalog from './demo-catalog.json' with { type: 'json' };
import { demoBff } from './testing.js';

// The demo BFF over the real engine and demo seed, with the demo catalog's 6.95 flat shipping rate;
// unknown codes are sent on purpose, many times over.
const bff = demoBff({ attempts: { perIp: 1_000_000, perSession: 1_000_000 } });
afterAll(() => bff.close());

const SHIPPING = catalog.shipping.flatRate;
const priceOf = (id: string) => catalog.products.find((product) => product.id === id)?.price ?? NaN;
type Lines = { productId: string; quantity: number }[];
const goods = (lines: Lines) => lines.reduce((sum, line) => sum + priceOf(line.productId) * line.quantity, 0);

async function post(route: string, body: unknown, cookie = '') {
  const response = await bff.app.request(`/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return { body: (await response.json()) as unknown, cookie: response.headers.get('set-cookie') };
}

async function signIn(persona: string): Promise<string> {
  return ((await post('session', { persona })).cookie ?? '').split(';')[0] ?? '';
}

async function validate(lines: Lines, codes: CodeEntry[], cookie = '') {
  return validateResponseSchema.parse((await post('validate', { cart: { lines }, codes }, cookie)).body);
}

/** The totals' equations, which the contract also checks, and that money is never negative. */
function expectConsistent(totals: Totals) {
  const paid = totals.paid.reduce((sum, payment) => sum + payment.amount, 0);
  expect(totals.total).toBe(totals.subtotal + totals.shipping - totals.discount);
  expect(totals.due).toBe(totals.total - paid);
  expect(totals.shippingDiscount).toBeLessThanOrEqual(Math.min(totals.shipping, totals.discount));
  // What the goods row shows never exceeds the goods.
  expect(totals.discount - totals.shippingDiscount).toBeLessThanOrEqual(totals.subtotal);
  expect(totals.due).toBeGreaterThanOrEqual(0);
}

describe('shipping is a line of its own', () => {
  it('charges the flat rate, and a free-shipping promotion takes off that and only that', async () => {
    const lines = [
      { productId: 'camp-kettle', quantity: 1 },
      { productId: 'cap', quantity: 1 },
    ];
    const { totals, promotions } = await validate(lines, []);
    expect(promotions.map((promotion) => promotion.effect.type)).toContain('free_shipping');
    expect(totals).toEqual({
      currency: 'USD',
      subtotal: 7500,
      shipping: SHIPPING,
      discount: SHIPPING,
      shippingDiscount: SHIPPING,
      total: 7500,
      paid: [],
      due: 7500,
    });
  });

  it('charges shipping below the free-shipping threshold', async () => {
    const { totals } = await validate([{ productId: 'cap', quantity: 1 }], []);
    expect(totals).toMatchObject({
      subtotal: 3000,
      shipping: SHIPPING,
      shippingDiscount: 0,
      total: 3000 + SHIPPING,
    });
  });

  it('charges nothing for an empty cart, and applies no code to it', async () => {
    const { totals } = await validate([], []);
    expect(totals).toMatchObject({ subtotal: 0, shipping: 0, total: 0, due: 0 });
    const withCode = await validate([], ['SAVE5']);
    expect(withCode).toMatchObject({
      applied: [],
      rejected: [{ reason: 'cart_not_eligible', code: 'SAVE5' }],
    });
  });
});

describe('gift cards and loyalty points pay; they never discount', () => {
  // A loyalty member's 119.00 cart: free shipping and the 5 % "spend more" tier apply.
  const lines = [
    { productId: 'hip-pack', quantity: 1 },
    { productId: 'camp-kettle', quantity: 1 },
    { productId: 'enamel-plate-set', quantity: 1 },
  ];
  const points = { code: 'LOYALTY-SAM', points: 1500 };
  const gift = { code: 'GIFT-5000-DEMO', amount: 2000 };

  it('leaves every discount as it was, whatever order the cards were added in', async () => {
    const cookie = await signIn('loyalty-member');
    const plain = await validate(lines, [], cookie);
    expect(plain.totals.discount).toBeGreaterThan(SHIPPING);
    for (const codes of [
      [points, gift],
      [gift, points],
    ]) {
      const paying = await validate(lines, codes, cookie);
      expect(paying.rejected).toEqual([]);
      expect(paying.promotions).toEqual(plain.promotions);
      expect(paying.totals).toMatchObject({ discount: plain.totals.discount, total: plain.totals.total });
      expect(paying.totals.paid).toEqual(
        expect.arrayContaining([
          { code: 'LOYALTY-SAM', kind: 'loyalty_card', amount: 1500 },
          { code: 'GIFT-5000-DEMO', kind: 'gift_card', amount: 2000 },
        ]),
      );
      expect(paying.totals.due).toBe(plain.totals.total - 3500);
      for (const card of paying.applied) expect(card.discount).toBe(0);
      expectConsistent(paying.totals);
    }
  });

  it('lists the cards in the order they were added, whatever the BFF knew of each before', async () => {
    const fresh = demoBff();
    try {
      const session = await fresh.app.request('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona: 'loyalty-member' }),
      });
      const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const validateOn = async (codes: CodeEntry[]) => {
        const response = await fresh.app.request('/validate', {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ cart: { lines }, codes }),
        });
        return validateResponseSchema.parse(await response.json());
      };
      // The gift card is known to pay before the loyalty card has ever been sent.
      await validateOn([gift]);
      const both = await validateOn([gift, points]);
      expect(both.totals.paid.map((payment) => payment.code)).toEqual(['GIFT-5000-DEMO', 'LOYALTY-SAM']);
    } finally {
      fresh.close();
    }
  });

  it('books what each card paid apart from what the order saved', async () => {
    const cookie = await signIn('loyalty-member');
    const shown = await validate(lines, [points, gift], cookie);
    const redeemed = redeemResponseSchema.parse(
      (
        await post(
          'redeem',
          { orderId: 'order-cards', cart: { lines }, codes: [points, gift], expectedDue: shown.totals.due },
          cookie,
        )
      ).body,
    );
    expect(redeemed.status).toBe('redeemed');
    expect(redeemed.totals).toEqual(shown.totals);
  });
});

describe('each discount works on what is still payable, in one order', () => {
  it('takes a percentage after the free mug, whichever was sent first', async () => {
    const lines = [{ productId: 'mug', quantity: 3 }];
    const { applied, promotions, totals } = await validate(lines, ['WELCOME10']);
    const freeMug = promotions.find((promotion) => promotion.id === 'promo_MugTr10');
    expect(freeMug?.discount).toBe(priceOf('mug'));
    // Free shipping and the free mug first; then 10 % of the 50.00 left.
    expect(applied).toMatchObject([{ code: 'WELCOME10', discount: 500 }]);
    expect(totals).toMatchObject({ subtotal: 7500, shippingDiscount: SHIPPING, total: 7500 - 2500 - 500 });
    expectConsistent(totals);
  });
});

describe('a code that does not apply drops out alone', () => {
  const lines = [{ productId: 'tote', quantity: 1 }];

  it.each([[['WELCOME10', 'BAGS15']], [['BAGS15', 'WELCOME10']]])(
    'keeps BAGS15 and explains WELCOME10, sent as %j',
    async (codes) => {
      const { applied, rejected, totals } = await validate(lines, codes);
      expect(applied.map((item) => item.code)).toEqual(['BAGS15']);
      expect(rejected).toEqual([
        { reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 5000 - priceOf('tote') - SHIPPING },
      ]);
      expect(totals).toMatchObject({ subtotal: priceOf('tote'), discount: 1500, total: 2000 + SHIPPING });
    },
  );

  it('never shows an automatic promotion as a rejected code', async () => {
    const { rejected } = await validate([{ productId: 'mug', quantity: 3 }], ['NOPE', 'SAVE5']);
    expect(rejected).toEqual([{ reason: 'not_found', code: 'NOPE' }]);
  });

  it('answers a settled order again only for the cart and codes it was settled for', async () => {
    const order = { orderId: 'order-replay', cart: { lines }, codes: ['BAGS15'] };
    const first = redeemResponseSchema.parse((await post('redeem', order)).body);
    expect(redeemResponseSchema.parse((await post('redeem', order)).body)).toEqual(first);
    // Another cart under the same order id would be told the first order's totals.
    const other = await bff.app.request('/redeem', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...order, cart: { lines: [{ productId: 'rain-shell', quantity: 5 }] } }),
    });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ error: { code: 'bad_request', path: 'orderId' } });
  });

  it('redeems the rest of an order whose code no longer applies', async () => {
    const redeemed = redeemResponseSchema.parse(
      (await post('redeem', { orderId: 'order-rest', cart: { lines }, codes: ['WELCOME10', 'BAGS15'] })).body,
    );
    expect(redeemed).toMatchObject({ status: 'redeemed', applied: [{ code: 'BAGS15' }] });
    if (redeemed.status !== 'redeemed') throw new Error(`redeemed expected, got ${redeemed.status}`);
    expect(redeemed.rejected.map((item) => item.reason)).toEqual(['cart_below_minimum']);
  });
});

describe('totals always add up', () => {
  const products = catalog.products.map((product) => product.id);
  const codes = ['WELCOME10', 'SAVE5', 'BAGS15', 'NOPE', 'VIP20', 'LOYALTY-SAM', 'GIFT-5000-DEMO'];

  it('for any cart and any codes a loyalty member sends', async () => {
    const cookie = await signIn('loyalty-member');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ productId: fc.constantFrom(...products), quantity: fc.integer({ min: 1, max: 4 }) }),
          { maxLength: 5 },
        ),
        fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 4 }),
        async (cartLines, sent) => {
          const lines = cartLines.filter(
            (line, index) => cartLines.findIndex((other) => other.productId === line.productId) === index,
          );
          const entries = sent.map((code) =>
            code === 'LOYALTY-SAM'
              ? { code, points: 700 }
              : code === 'GIFT-5000-DEMO'
                ? { code, amount: 1200 }
                : code,
          );
          const { totals, applied, promotions } = await validate(lines, entries, cookie);
          expectConsistent(totals);
          expect(totals.subtotal).toBeGreaterThanOrEqual(goods(lines));
          const discounts = [...applied, ...promotions].reduce((sum, item) => sum + item.discount, 0);
          expect(totals.discount).toBe(discounts);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('what public coupon bug reports got wrong', () => {
  it('counts an order-level discount that goods could not take as taken off shipping', async () => {
    // The free month takes all 18.00 of goods; SAVE5's 5.00 then comes off the 6.95 of shipping.
    const { totals } = await validate([{ productId: 'coffee-club', quantity: 1 }], ['FREEMONTH', 'SAVE5']);
    expect(totals).toMatchObject({
      subtotal: 1800,
      shipping: SHIPPING,
      discount: 2300,
      shippingDiscount: 500,
    });
    expect(totals.discount - totals.shippingDiscount).toBeLessThanOrEqual(totals.subtotal);
  });

  it('splits an amount off across several lines without losing or adding a cent', async () => {
    // Discounts split across lines and rounded per line drift from the whole (a 22.00 coupon on
    // three 11.00 items charged 10.99): here 15.00 off three Bags items of 35.00, 42.00 and 28.00.
    const lines = [
      { productId: 'tote', quantity: 1 },
      { productId: 'hip-pack', quantity: 1 },
      { productId: 'roll-top-dry-bag', quantity: 1 },
    ];
    const { applied, promotions, totals } = await validate(lines, ['BAGS15']);
    expect(applied).toMatchObject([{ code: 'BAGS15', discount: 1500 }]);
    // Then free shipping, and 5 % off from 100.00 on the 90.00 of goods left.
    expect(promotions.map((promotion) => promotion.discount).sort()).toEqual([SHIPPING, 450].sort());
    expect(totals).toMatchObject({
      subtotal: 10500,
      discount: 1500 + SHIPPING + 450,
      total: 10500 - 1500 - 450,
    });
  });

  it('charges at redemption exactly what validation showed, cards and shipping included', async () => {
    // Gift cards were applied to different bases in the cart and in the order, and the card was
    // charged the order's figure.
    const cookie = await signIn('loyalty-member');
    let order = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...catalog.products.map((product) => product.id)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.subarray(['WELCOME10', 'SAVE5', 'BAGS15', 'GIFT-5000-DEMO', 'LOYALTY-SAM']),
        async (products, sent) => {
          const lines = products.map((productId) => ({ productId, quantity: 1 }));
          const codes = sent.map((code) =>
            code === 'LOYALTY-SAM'
              ? { code, points: 300 }
              : code === 'GIFT-5000-DEMO'
                ? { code, amount: 400 }
                : code,
          );
          const shown = await validate(lines, codes, cookie);
          order += 1;
          const redeemed = redeemResponseSchema.parse(
            (
              await post(
                'redeem',
                { orderId: `order-same-${order}`, cart: { lines }, codes, expectedDue: shown.totals.due },
                cookie,
              )
            ).body,
          );
          expect(redeemed).toMatchObject({ status: 'redeemed', totals: shown.totals });
        },
      ),
      { numRuns: 12 },
    );
  });
});
