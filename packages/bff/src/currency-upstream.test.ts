import {
  qualificationsResponseSchema,
  redeemResponseSchema,
  rollbackResponseSchema,
  validateResponseSchema,
  walletResponseSchema,
} from '@promokit/core';
import type { SeedInput } from '@promokit/engine';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';

import { type CatalogProduct, jsonCatalog } from './catalog.js';
import { createBff } from './create-bff.js';
import { currencyUpstream } from './currency-upstream.js';
import { moneyScale } from './money-scale.js';
import { type RecordedCall, type RecordingEngine, recordingEngine } from './test-support/recording-engine.js';

/** Amounts of the seed, in Voucherify's units: the amount × 100, whatever the currency. */
interface UpstreamAmounts {
  amountOff: number;
  cap: number;
  fixedTotal: number;
  minimum: number;
  giftCard: number;
}

/**
 * PCT15 (15 % off), CAP (50 % off, capped), OFF (amount off), FIXED (the order costs a fixed
 * total), BIG (10 % off above a minimum), GIFT (a gift card).
 */
function seedOf(amounts: UpstreamAmounts): SeedInput {
  return {
    version: 1,
    customers: [{ id: 'cust_Sh0pp3r', source_id: 'shopper', name: 'Shopper' }],
    validation_rules: [
      {
        id: 'val_M1n1mum',
        name: 'Minimum order',
        conditions: [{ type: 'min_order_amount', amount: amounts.minimum }],
      },
    ],
    campaigns: [
      {
        id: 'camp_C0up0ns',
        name: 'Coupons',
        type: 'DISCOUNT_COUPONS',
        vouchers: [
          { id: 'v_Pct15', code: 'PCT15', discount: { type: 'PERCENT', percent_off: 15 } },
          {
            id: 'v_C4p',
            code: 'CAP',
            discount: { type: 'PERCENT', percent_off: 50, amount_limit: amounts.cap },
          },
          { id: 'v_0ff', code: 'OFF', discount: { type: 'AMOUNT', amount_off: amounts.amountOff } },
          { id: 'v_F1xed', code: 'FIXED', discount: { type: 'FIXED', fixed_amount: amounts.fixedTotal } },
        ],
      },
      {
        id: 'camp_B1g',
        name: 'Big basket',
        type: 'DISCOUNT_COUPONS',
        validation_rules: ['val_M1n1mum'],
        vouchers: [{ id: 'v_B1g', code: 'BIG', discount: { type: 'PERCENT', percent_off: 10 } }],
      },
      {
        id: 'camp_G1ft',
        name: 'Gift cards',
        type: 'GIFT_VOUCHERS',
        vouchers: [{ id: 'v_G1ft', code: 'GIFT', holder: 'shopper', gift: { amount: amounts.giftCard } }],
      },
    ],
  };
}

interface Shop {
  engine: RecordingEngine;
  post(route: string, body: unknown): Promise<unknown>;
  /** The body of the last upstream call to `path`. */
  lastCall(path: string): RecordedCall['body'];
}

const shops: Shop[] = [];
afterAll(() => {
  for (const shop of shops) shop.engine.close();
});

/** The BFF in `currency` over the engine (its HTTP face, calls recorded) with `amounts` seeded. */
function shopIn(currency: string, products: CatalogProduct[], amounts: UpstreamAmounts): Shop {
  const engine = recordingEngine(seedOf(amounts));
  const app = createBff({
    upstream: engine.upstream,
    catalog: jsonCatalog(currency, products),
    currency,
    identify: () => ({ sourceId: 'shopper' }),
    logger: pino({ level: 'silent' }),
  });
  const shop: Shop = {
    engine,
    async post(route, body) {
      const response = await app.request(`/${route}`, { method: 'POST', body: JSON.stringify(body) });
      expect(response.status).toBe(200);
      return response.json();
    },
    lastCall(path) {
      const call = engine.calls.findLast((recorded) => recorded.path === path);
      if (!call) throw new Error(`no call to ${path}`);
      return call.body;
    },
  };
  shops.push(shop);
  return shop;
}

async function validate(shop: Shop, cart: unknown, codes: unknown[]) {
  return validateResponseSchema.parse(await shop.post('validate', { cart, codes }));
}

describe('a JPY shop (no decimals): ¥1 is 1 in the kit and 100 upstream', () => {
  // ¥1,001 × 2 + ¥550 = ¥2,552.
  const cart = {
    lines: [
      { productId: 'tea', quantity: 2 },
      { productId: 'cup', quantity: 1 },
    ],
  };
  const shop = shopIn(
    'JPY',
    [
      { id: 'tea', name: 'Sencha', price: 1001 },
      { id: 'cup', name: 'Cup', price: 550 },
    ],
    { amountOff: 50_000, cap: 30_000, fixedTotal: 200_000, minimum: 500_000, giftCard: 300_000 },
  );

  it('sends the order upstream in hundredths of a yen', async () => {
    await validate(shop, cart, ['OFF']);
    const order = shop.lastCall('/v1/validations')['order'];
    expect(order).toMatchObject({
      amount: 255_200,
      items: [
        { source_id: 'tea', quantity: 2, price: 100_100, amount: 200_200 },
        { source_id: 'cup', quantity: 1, price: 55_000, amount: 55_000 },
      ],
    });
  });

  it('takes an amount off in yen', async () => {
    const result = await validate(shop, cart, ['OFF']);
    expect(result.applied).toMatchObject([
      { code: 'OFF', effect: { type: 'amount_off', amountOff: 500 }, discount: 500 },
    ]);
    expect(result.totals).toEqual({
      currency: 'JPY',
      subtotal: 2552,
      shipping: 0,
      discount: 500,
      shippingDiscount: 0,
      total: 2052,
      paid: [],
      due: 2052,
    });
  });

  it('takes a percentage off, dropping the fraction of a yen Voucherify computes (¥382.80 off)', async () => {
    const result = await validate(shop, cart, ['PCT15']);
    expect(result.applied).toMatchObject([
      { code: 'PCT15', effect: { type: 'percent_off', percentOff: 15 }, discount: 382 },
    ]);
    expect(result.totals).toEqual({
      currency: 'JPY',
      subtotal: 2552,
      shipping: 0,
      discount: 382,
      shippingDiscount: 0,
      total: 2170,
      paid: [],
      due: 2170,
    });
  });

  it('caps a percentage at a limit in yen', async () => {
    const result = await validate(shop, cart, ['CAP']);
    expect(result.applied).toMatchObject([
      { effect: { type: 'percent_off', percentOff: 50, cap: 300 }, discount: 300 },
    ]);
    expect(result.totals).toEqual({
      currency: 'JPY',
      subtotal: 2552,
      shipping: 0,
      discount: 300,
      shippingDiscount: 0,
      total: 2252,
      paid: [],
      due: 2252,
    });
  });

  it('makes the order cost the fixed total', async () => {
    const result = await validate(shop, cart, ['FIXED']);
    expect(result.applied).toMatchObject([{ effect: { type: 'fixed_price', price: 2000 }, discount: 552 }]);
    expect(result.totals).toEqual({
      currency: 'JPY',
      subtotal: 2552,
      shipping: 0,
      discount: 552,
      shippingDiscount: 0,
      total: 2000,
      paid: [],
      due: 2000,
    });
  });

  it('spends gift card credit in yen and shows the balance in yen', async () => {
    const result = await validate(shop, cart, [{ code: 'GIFT', amount: 1000 }]);
    expect(shop.lastCall('/v1/validations')['redeemables']).toEqual([
      { object: 'voucher', id: 'GIFT', gift: { credits: 100_000 } },
    ]);
    expect(result.applied).toMatchObject([
      {
        code: 'GIFT',
        kind: 'gift_card',
        effect: { type: 'gift_card', balance: 3000 },
        discount: 0,
        paid: 1000,
      },
    ]);
    expect(result.totals).toMatchObject({
      currency: 'JPY',
      subtotal: 2552,
      discount: 0,
      total: 2552,
      paid: [{ code: 'GIFT', kind: 'gift_card', amount: 1000 }],
      due: 1552,
    });
  });

  it('stacks codes whose discounts add up to the totals', async () => {
    const result = await validate(shop, cart, ['PCT15', 'OFF']);
    expect(result.applied.map((applied) => [applied.code, applied.discount])).toEqual([
      ['PCT15', 382],
      ['OFF', 500],
    ]);
    expect(result.totals).toEqual({
      currency: 'JPY',
      subtotal: 2552,
      shipping: 0,
      discount: 882,
      shippingDiscount: 0,
      total: 1670,
      paid: [],
      due: 1670,
    });
  });

  it('says how many yen a cart below the minimum lacks', async () => {
    const result = await validate(shop, cart, ['BIG']);
    expect(result.rejected).toEqual([{ reason: 'cart_below_minimum', code: 'BIG', missingAmount: 2448 }]);
    const offers = qualificationsResponseSchema.parse(
      await shop.post('qualifications', { stage: 'cart', cart }),
    );
    expect(offers.offers.find((offer) => offer.code === 'BIG')).toMatchObject({
      qualifies: false,
      missingAmount: 2448,
    });
    expect(offers.offers.find((offer) => offer.code === 'OFF')).toMatchObject({
      qualifies: true,
      discount: 500,
    });
  });

  it('redeems and rolls back gift credit in yen, and the wallet shows the balance in yen', async () => {
    const balance = async () => {
      const wallet = walletResponseSchema.parse(await shop.post('wallet', {}));
      return wallet.entries.find((entry) => entry.code === 'GIFT')?.balance;
    };
    expect(await balance()).toBe(3000);
    const redeemed = redeemResponseSchema.parse(
      await shop.post('redeem', { orderId: 'jpy-1', cart, codes: ['OFF', { code: 'GIFT', amount: 1000 }] }),
    );
    expect(redeemed).toMatchObject({
      status: 'redeemed',
      totals: { currency: 'JPY', subtotal: 2552, discount: 500, total: 2052, due: 1052 },
    });
    expect(shop.lastCall('/v1/redemptions')['order']).toMatchObject({ amount: 255_200 });
    expect(await balance()).toBe(2000);
    rollbackResponseSchema.parse(await shop.post('rollback', { orderId: 'jpy-1' }));
    expect(await balance()).toBe(3000);
  });
});

describe('a KWD shop (three decimals): 1 fils is 1 in the kit, Voucherify counts in hundredths of a dinar', () => {
  // 1.235 + 0.750 + 0.333 = 2.318 KWD; upstream 1.23 + 0.75 + 0.33 = 2.31 KWD.
  const cart = {
    lines: [
      { productId: 'dates', quantity: 1 },
      { productId: 'coffee', quantity: 1 },
      { productId: 'cardamom', quantity: 1 },
    ],
  };
  const shop = shopIn(
    'KWD',
    [
      { id: 'dates', name: 'Dates', price: 1235 },
      { id: 'coffee', name: 'Coffee', price: 750 },
      { id: 'cardamom', name: 'Cardamom', price: 333 },
    ],
    { amountOff: 50, cap: 30, fixedTotal: 200, minimum: 300, giftCard: 1000 },
  );

  it('sends the order upstream without its last digit, rounded toward zero', async () => {
    await validate(shop, cart, ['OFF']);
    expect(shop.lastCall('/v1/validations')['order']).toMatchObject({
      amount: 231,
      items: [
        { source_id: 'dates', price: 123, amount: 123 },
        { source_id: 'coffee', price: 75, amount: 75 },
        { source_id: 'cardamom', price: 33, amount: 33 },
      ],
    });
  });

  it('takes an amount off in fils', async () => {
    const result = await validate(shop, cart, ['OFF']);
    expect(result.applied).toMatchObject([{ effect: { type: 'amount_off', amountOff: 500 }, discount: 500 }]);
    expect(result.totals).toEqual({
      currency: 'KWD',
      subtotal: 2318,
      shipping: 0,
      discount: 500,
      shippingDiscount: 0,
      total: 1818,
      paid: [],
      due: 1818,
    });
  });

  it('takes the percentage Voucherify computes on the amount it was sent (0.35 KWD)', async () => {
    const result = await validate(shop, cart, ['PCT15']);
    expect(result.applied).toMatchObject([{ discount: 350 }]);
    expect(result.totals).toEqual({
      currency: 'KWD',
      subtotal: 2318,
      shipping: 0,
      discount: 350,
      shippingDiscount: 0,
      total: 1968,
      paid: [],
      due: 1968,
    });
  });

  it('caps a percentage at a limit in fils', async () => {
    const result = await validate(shop, cart, ['CAP']);
    expect(result.applied).toMatchObject([{ effect: { type: 'percent_off', cap: 300 }, discount: 300 }]);
  });

  it('makes the order cost the fixed total, plus the fils Voucherify cannot see', async () => {
    const result = await validate(shop, cart, ['FIXED']);
    expect(result.applied).toMatchObject([{ effect: { type: 'fixed_price', price: 2000 }, discount: 310 }]);
    expect(result.totals).toEqual({
      currency: 'KWD',
      subtotal: 2318,
      shipping: 0,
      discount: 310,
      shippingDiscount: 0,
      total: 2008,
      paid: [],
      due: 2008,
    });
  });

  it('asks a gift card for no more credit than the shopper chose', async () => {
    const result = await validate(shop, cart, [{ code: 'GIFT', amount: 1005 }]);
    expect(shop.lastCall('/v1/validations')['redeemables']).toEqual([
      { object: 'voucher', id: 'GIFT', gift: { credits: 100 } },
    ]);
    expect(result.applied).toMatchObject([
      { effect: { type: 'gift_card', balance: 10_000 }, discount: 0, paid: 1000 },
    ]);
    expect(result.totals).toMatchObject({
      currency: 'KWD',
      subtotal: 2318,
      discount: 0,
      total: 2318,
      due: 1318,
    });
  });

  it('stacks codes whose discounts add up to the totals', async () => {
    const result = await validate(shop, cart, ['PCT15', 'OFF', { code: 'GIFT', amount: 500 }]);
    expect(result.applied.map((applied) => applied.discount)).toEqual([350, 500, 0]);
    expect(result.totals).toMatchObject({
      currency: 'KWD',
      subtotal: 2318,
      discount: 850,
      total: 1468,
      due: 968,
    });
  });

  it('says how much a cart below the minimum lacks, enough to qualify once added', async () => {
    const result = await validate(shop, cart, ['BIG']);
    expect(result.rejected).toEqual([{ reason: 'cart_below_minimum', code: 'BIG', missingAmount: 690 }]);
  });

  it('redeems and rolls back in fils', async () => {
    const redeemed = redeemResponseSchema.parse(
      await shop.post('redeem', { orderId: 'kwd-1', cart, codes: [{ code: 'GIFT', amount: 2318 }] }),
    );
    expect(redeemed).toMatchObject({
      status: 'redeemed',
      totals: { subtotal: 2318, discount: 0, total: 2318, due: 8 },
    });
    const wallet = walletResponseSchema.parse(await shop.post('wallet', {}));
    expect(wallet.entries.find((entry) => entry.code === 'GIFT')?.balance).toBe(10_000 - 2310);
    rollbackResponseSchema.parse(await shop.post('rollback', { orderId: 'kwd-1' }));
  });
});

describe('three-decimal totals through the engine', () => {
  const products = Array.from({ length: 4 }, (_, index) => ({ id: `p${index}`, name: `P${index}` }));
  const line = fc.record({
    product: fc.integer({ min: 0, max: 3 }),
    quantity: fc.integer({ min: 1, max: 5 }),
  });
  const code = fc.oneof(
    fc.constantFrom('PCT15', 'CAP', 'OFF', 'FIXED', 'BIG'),
    fc.record({ code: fc.constant('GIFT'), amount: fc.integer({ min: 1, max: 20_000 }) }),
  );

  it('always add up: subtotal is what the catalog says, discount the sum of what applied, total the rest', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 4, maxLength: 4 }),
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(code, {
          maxLength: 4,
          selector: (entry) => (typeof entry === 'string' ? entry : entry.code),
        }),
        async (prices, lines, codes) => {
          const shop = shopIn(
            'KWD',
            products.map((product, index) => ({ ...product, price: prices[index] ?? 1 })),
            { amountOff: 50, cap: 30, fixedTotal: 200, minimum: 300, giftCard: 1000 },
          );
          const cart = {
            lines: lines.map((entry) => ({ productId: `p${entry.product}`, quantity: entry.quantity })),
          };
          const { applied, totals } = await validate(shop, cart, codes);
          const subtotal = lines.reduce(
            (sum, entry) => sum + (prices[entry.product] ?? 0) * entry.quantity,
            0,
          );
          expect(totals.subtotal).toBe(subtotal);
          expect(totals.discount).toBe(applied.reduce((sum, item) => sum + item.discount, 0));
          expect(totals.total).toBe(totals.subtotal - totals.discount);
          expect(totals.due).toBe(
            totals.total - totals.paid.reduce((sum, payment) => sum + payment.amount, 0),
          );
          expect(totals.due).toBeGreaterThanOrEqual(0);
          for (const item of applied) {
            // Voucherify books hundredths of a dinar: whole tens of fils.
            expect((item.paid ?? item.discount) % 10).toBe(0);
            const asked = codes.find((entry) => typeof entry !== 'string' && entry.code === item.code);
            if (typeof asked === 'object') expect(item.paid).toBeLessThanOrEqual(asked.amount);
          }
          shops.pop()?.engine.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('currencyUpstream', () => {
  it('leaves a two-decimal currency as Voucherify writes it', () => {
    const engine = recordingEngine();
    try {
      expect(currencyUpstream(engine.upstream, moneyScale('USD'))).toBe(engine.upstream);
      expect(currencyUpstream(engine.upstream, moneyScale('EUR'))).toBe(engine.upstream);
    } finally {
      engine.close();
    }
  });

  it('reads back what was redeemed for an order, and the redemption, in yen', async () => {
    const engine = recordingEngine(
      seedOf({ amountOff: 50_000, cap: 30_000, fixedTotal: 200_000, minimum: 500_000, giftCard: 300_000 }),
    );
    try {
      const yen = currencyUpstream(engine.upstream, moneyScale('JPY'));
      // ¥2,552 of goods, ¥500 off, ¥1,000 of gift credit.
      const booked = await yen.redeem({
        redeemables: [
          { object: 'voucher', id: 'OFF' },
          { object: 'voucher', id: 'GIFT', gift: { credits: 1000 } },
        ],
        customer: { source_id: 'shopper' },
        order: {
          source_id: 'jpy-read',
          amount: 2552,
          items: [{ source_id: 'tea', quantity: 1, price: 2552 }],
        },
      });
      const parentId = String(booked.parent_redemption?.id);
      const order = await yen.order('jpy-read');
      expect(order).toMatchObject({ amount: 2552, total_discount_amount: 1500, total_amount: 1052 });
      expect(Object.keys(order.redemptions ?? {})).toEqual([parentId]);
      expect(await yen.redemption(parentId)).toMatchObject({
        id: parentId,
        order: { amount: 2552, total_amount: 1052 },
      });
      const gift = booked.redemptions.find((child) => child.gift);
      expect(await yen.redemption(String(gift?.id))).toMatchObject({ amount: 1000, gift: { amount: 1000 } });
    } finally {
      engine.close();
    }
  });
});

describe('createBff', () => {
  const engine = recordingEngine();
  afterAll(() => engine.close());
  const options = { upstream: engine.upstream, logger: pino({ level: 'silent' }) };

  it('needs a currency', () => {
    expect(() =>
      createBff({ ...options, catalog: jsonCatalog('USD', []) } as unknown as Parameters<
        typeof createBff
      >[0]),
    ).toThrow(TypeError);
  });

  it.each(['XYZ', 'usd', 'US', ''])('refuses the currency %j, naming it', (currency) => {
    expect(() => createBff({ ...options, catalog: jsonCatalog('USD', []), currency })).toThrow(
      new RangeError(`Unknown currency "${currency}": not an ISO 4217 code`),
    );
  });

  it('fails a request whose cart the catalog prices in another currency', async () => {
    const app = createBff({
      ...options,
      catalog: jsonCatalog('EUR', [{ id: 'mug', name: 'Mug', price: 1000 }]),
      currency: 'USD',
    });
    const response = await app.request('/validate', {
      method: 'POST',
      body: JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 1 }] }, codes: [] }),
    });
    expect(response.status).toBe(500);
  });
});
