import type {
  ValidationsRedeemable,
  ValidationsValidateRequestBody,
  ValidationsValidateResponseBody,
} from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { DEMO_NOW, demoSeed, demoSeedFile } from '../test-support/demo.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { loadSeedFile } from './parse-seed.js';
import { demoSeed as checkedDemoSeed } from './demo-seed.js';

const dir = tempDirPerTest();
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

function open(): Engine {
  const engine = openEngine({ file: dir.path('demo.db'), seed: demoSeed, now: () => DEMO_NOW });
  opened.push(engine);
  return engine;
}

/** Unit prices of the demo catalog (`packages/bff/src/demo-catalog.json`) the table uses. */
const PRICES: Record<string, number> = {
  mug: 2500,
  tote: 3500,
  cap: 3000,
  'roll-top-dry-bag': 2800,
  'rain-shell': 12900,
  'coffee-club': 1800,
};

type Member = ValidationsValidateRequestBody['redeemables'][number];
const code = (id: string): Member => ({ object: 'voucher', id });
const tier = (id: string): Member => ({ object: 'promotion_tier', id });
const points = (id: string): Member => ({ object: 'voucher', id, reward: { id: 'rew_P4yW1thP01nt5' } });

/** What a row expects: the order's total discount, or the first rejection's key, or a code skipped. */
type Outcome =
  { discount: number } | { rejected: string } | { discount: number; skipped: { id: string; key: string } };

interface Row {
  shows: string;
  redeemables: Member[];
  cart: [product: string, quantity: number][];
  customer?: string;
  outcome: Outcome;
}

const ROWS: Row[] = [
  {
    shows: 'WELCOME10: 10% off from 50.00',
    redeemables: [code('WELCOME10')],
    cart: [['mug', 2]],
    outcome: { discount: 500 },
  },
  {
    shows: 'WELCOME10 below 50.00',
    redeemables: [code('WELCOME10')],
    cart: [['mug', 1]],
    outcome: { rejected: 'order_rules_violated' },
  },
  { shows: 'SAVE5: 5.00 off', redeemables: [code('SAVE5')], cart: [['mug', 1]], outcome: { discount: 500 } },
  {
    shows: 'BIG25: 25% off, capped at 25.00',
    redeemables: [code('BIG25')],
    cart: [['rain-shell', 2]],
    outcome: { discount: 2500 },
  },
  {
    shows: 'OLDSPRING: expired',
    redeemables: [code('OLDSPRING')],
    cart: [['mug', 2]],
    outcome: { rejected: 'voucher_expired' },
  },
  {
    shows: 'AUTUMN20: not active yet',
    redeemables: [code('AUTUMN20')],
    cart: [['mug', 2]],
    outcome: { rejected: 'voucher_not_active' },
  },
  {
    shows: 'PAUSED5: disabled',
    redeemables: [code('PAUSED5')],
    cart: [['mug', 2]],
    outcome: { rejected: 'voucher_disabled' },
  },
  {
    shows: 'LASTONE: used up',
    redeemables: [code('LASTONE')],
    cart: [['mug', 2]],
    outcome: { rejected: 'quantity_exceeded' },
  },
  {
    shows: 'BAGS15: 15.00 off the Bags items',
    redeemables: [code('BAGS15')],
    cart: [
      ['mug', 1],
      ['tote', 1],
    ],
    outcome: { discount: 1500 },
  },
  {
    shows: 'BAGS15 without a Bags item',
    redeemables: [code('BAGS15')],
    cart: [['mug', 1]],
    outcome: { rejected: 'order_rules_violated' },
  },
  {
    shows: 'free shipping from 75.00: the shipping line is free',
    redeemables: [tier('promo_Fr33Sh1p75')],
    cart: [['cap', 3]],
    outcome: { discount: 695 },
  },
  {
    shows: 'free shipping below 75.00',
    redeemables: [tier('promo_Fr33Sh1p75')],
    cart: [['cap', 2]],
    outcome: { rejected: 'order_rules_violated' },
  },
  {
    shows: 'spend 100.00: 5% off',
    redeemables: [tier('promo_Sp3nd100')],
    cart: [['rain-shell', 1]],
    outcome: { discount: 645 },
  },
  {
    shows: 'spend 250.00: 10% off',
    redeemables: [tier('promo_Sp3nd250')],
    cart: [['rain-shell', 2]],
    outcome: { discount: 2580 },
  },
  {
    shows: 'spend 500.00: 15% off',
    redeemables: [tier('promo_Sp3nd500')],
    cart: [['rain-shell', 4]],
    outcome: { discount: 7740 },
  },
  {
    shows: 'the 5% tier stops where the 10% one starts',
    redeemables: [tier('promo_Sp3nd100')],
    cart: [['rain-shell', 2]],
    outcome: { rejected: 'order_rules_violated' },
  },
  {
    shows: 'buy two mugs, get the third free',
    redeemables: [tier('promo_MugTr10')],
    cart: [['mug', 3]],
    outcome: { discount: 2500 },
  },
  {
    shows: 'six mugs are two trios: two mugs free',
    redeemables: [tier('promo_MugTr10')],
    cart: [['mug', 6]],
    outcome: { discount: 5000 },
  },
  {
    shows: 'eight mugs are still two trios',
    redeemables: [tier('promo_MugTr10')],
    cart: [['mug', 8]],
    outcome: { discount: 5000 },
  },
  {
    shows: 'two mugs are not yet three',
    redeemables: [tier('promo_MugTr10')],
    cart: [['mug', 2]],
    outcome: { rejected: 'order_rules_violated' },
  },
  {
    shows: 'trail kit: mug, tote and cap for 79.00',
    redeemables: [tier('promo_Tr41lK1t79')],
    cart: [
      ['mug', 1],
      ['tote', 1],
      ['cap', 1],
    ],
    outcome: { discount: 1100 },
  },
  {
    shows: 'two trail kits: 22.00 off the six items',
    redeemables: [tier('promo_Tr41lK1t79')],
    cart: [
      ['mug', 2],
      ['tote', 2],
      ['cap', 3],
    ],
    outcome: { discount: 2200 },
  },
  {
    shows: 'trail kit without its cap',
    redeemables: [tier('promo_Tr41lK1t79')],
    cart: [
      ['mug', 1],
      ['tote', 1],
    ],
    outcome: { rejected: 'order_rules_violated' },
  },
  {
    shows: 'FIRSTORDER for a new customer',
    redeemables: [code('FIRSTORDER')],
    cart: [['mug', 2]],
    customer: 'cust-new',
    outcome: { discount: 750 },
  },
  {
    shows: 'FIRSTORDER for a returning customer',
    redeemables: [code('FIRSTORDER')],
    cart: [['mug', 2]],
    customer: 'cust-returning',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: 'FIRSTORDER for a guest',
    redeemables: [code('FIRSTORDER')],
    cart: [['mug', 2]],
    outcome: { rejected: 'missing_customer' },
  },
  {
    shows: 'VIP20 for a VIP',
    redeemables: [code('VIP20')],
    cart: [['rain-shell', 1]],
    customer: 'cust-loyal',
    outcome: { discount: 2580 },
  },
  {
    shows: 'VIP20 for someone else',
    redeemables: [code('VIP20')],
    cart: [['rain-shell', 1]],
    customer: 'cust-returning',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: 'ONCE10: the single-use code',
    redeemables: [code('ONCE10')],
    cart: [['mug', 1]],
    customer: 'cust-returning',
    outcome: { discount: 1000 },
  },
  {
    shows: 'COMEBACK15 from the wallet',
    redeemables: [code('COMEBACK15')],
    cart: [['mug', 2]],
    customer: 'cust-returning',
    outcome: { discount: 750 },
  },
  {
    shows: 'CLEARANCE30 alone',
    redeemables: [code('CLEARANCE30')],
    cart: [['cap', 1]],
    outcome: { discount: 900 },
  },
  {
    shows: 'CLEARANCE30 is exclusive: SAVE5 is left out',
    redeemables: [code('CLEARANCE30'), code('SAVE5')],
    cart: [['cap', 1]],
    outcome: { discount: 900, skipped: { id: 'SAVE5', key: 'exclusion_rules_not_met' } },
  },
  {
    shows: 'the gift card pays part of the order',
    redeemables: [code('GIFT-5000-DEMO')],
    cart: [['rain-shell', 1]],
    customer: 'cust-loyal',
    outcome: { discount: 5000 },
  },
  {
    shows: 'the gift card pays a small order in full',
    redeemables: [code('GIFT-5000-DEMO')],
    cart: [['mug', 1]],
    customer: 'cust-loyal',
    outcome: { discount: 2500 },
  },
  {
    shows: 'the gift card joins the exclusive CLEARANCE30',
    redeemables: [code('CLEARANCE30'), code('GIFT-5000-DEMO')],
    cart: [['rain-shell', 1]],
    customer: 'cust-loyal',
    outcome: { discount: 3870 + 5000 },
  },
  {
    shows: 'pay with points: every point left',
    redeemables: [points('LOYALTY-SAM')],
    cart: [['rain-shell', 1]],
    customer: 'cust-loyal',
    outcome: { discount: 3000 },
  },
  {
    shows: 'pay with points: no more than the order',
    redeemables: [points('LOYALTY-SAM')],
    cart: [['mug', 1]],
    customer: 'cust-loyal',
    outcome: { discount: 2500 },
  },
  {
    shows: 'a loyalty card without a reward',
    redeemables: [code('LOYALTY-SAM')],
    cart: [['mug', 1]],
    customer: 'cust-loyal',
    outcome: { rejected: 'missing_reward' },
  },
  {
    shows: "someone else's loyalty card",
    redeemables: [points('LOYALTY-SAM')],
    cart: [['mug', 1]],
    customer: 'cust-new',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: 'a loyalty card for a guest',
    redeemables: [points('LOYALTY-SAM')],
    cart: [['mug', 1]],
    outcome: { rejected: 'missing_customer' },
  },
  {
    shows: "someone else's gift card, even for no more than its balance",
    redeemables: [{ object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 100 } }],
    cart: [['mug', 1]],
    customer: 'cust-new',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: "someone else's gift card, for more than its balance: no balance revealed",
    redeemables: [{ object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 5001 } }],
    cart: [['rain-shell', 1]],
    customer: 'cust-new',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: 'a gift card for a guest',
    redeemables: [code('GIFT-5000-DEMO')],
    cart: [['mug', 1]],
    outcome: { rejected: 'missing_customer' },
  },
  {
    shows: "someone else's personal codes",
    redeemables: [code('ONCE10')],
    cart: [['mug', 1]],
    customer: 'cust-loyal',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: 'a personal code for a guest',
    redeemables: [code('COMEBACK15')],
    cart: [['mug', 2]],
    outcome: { rejected: 'missing_customer' },
  },
  {
    shows: 'REF-ALEX for the referred friend',
    redeemables: [code('REF-ALEX')],
    cart: [['mug', 1]],
    customer: 'cust-referred',
    outcome: { discount: 1000 },
  },
  {
    shows: 'REF-ALEX for its own referrer',
    redeemables: [code('REF-ALEX')],
    cart: [['mug', 1]],
    customer: 'cust-returning',
    outcome: { rejected: 'referrer_not_permitted_to_redeem' },
  },
  {
    shows: 'REF-ALEX after a first order',
    redeemables: [code('REF-ALEX')],
    cart: [['mug', 1]],
    customer: 'cust-loyal',
    outcome: { rejected: 'customer_rules_violated' },
  },
  {
    shows: 'FREEMONTH: a Coffee Club month free',
    redeemables: [code('FREEMONTH')],
    cart: [
      ['coffee-club', 1],
      ['mug', 1],
    ],
    outcome: { discount: 1800 },
  },
  {
    shows: 'FREEMONTH with two months in the cart: still one month free (bundle limit 1)',
    redeemables: [code('FREEMONTH')],
    cart: [['coffee-club', 2]],
    outcome: { discount: 1800 },
  },
  {
    shows: 'FREEMONTH without the subscription',
    redeemables: [code('FREEMONTH')],
    cart: [['mug', 1]],
    outcome: { rejected: 'order_rules_violated' },
  },
];

function request(row: Row): ValidationsValidateRequestBody {
  const items = row.cart.map(([product, quantity]) => ({
    product_id: product,
    quantity,
    price: PRICES[product] ?? 0,
  }));
  return {
    redeemables: row.redeemables,
    order: { items },
    ...(row.customer === undefined ? {} : { customer: { source_id: row.customer } }),
  };
}

function rejectionKey(results: readonly ValidationsRedeemable[]): string | undefined {
  const rejected = results.find((result) => result.status === 'INAPPLICABLE');
  return rejected?.status === 'INAPPLICABLE' ? (rejected.result.error?.key ?? undefined) : undefined;
}

describe('the demo seed', () => {
  it('is what demoSeed() returns, checked by its own schema', () => {
    expect(checkedDemoSeed()).toEqual(loadSeedFile(demoSeedFile));
    expect(checkedDemoSeed().campaigns.length).toBe(demoSeed.campaigns?.length);
  });

  it.each(ROWS)('$shows', (row) => {
    const response: ValidationsValidateResponseBody = expectConformant(open().validate(request(row)));
    const { outcome } = row;
    if ('rejected' in outcome) {
      expect(response.valid).toBe(false);
      expect(rejectionKey(response.redeemables)).toBe(outcome.rejected);
      return;
    }
    expect(rejectionKey(response.redeemables)).toBeUndefined();
    expect(response.valid).toBe(true);
    expect(response.order?.total_discount_amount).toBe(outcome.discount);
    if ('skipped' in outcome) {
      expect(response.redeemables.find((result) => result.id === outcome.skipped.id)).toMatchObject({
        status: 'SKIPPED',
        result: { details: { key: outcome.skipped.key } },
      });
    }
  });

  it('reports bundles as Voucherify does: bundles counted, the units they use, nothing missing', () => {
    const engine = open();
    const applied = (body: ValidationsValidateRequestBody) => {
      const [result] = expectConformant(
        engine.validate({ ...body, options: { expand: ['order'] } }),
      ).redeemables;
      if (result?.status !== 'APPLICABLE') throw new Error(`not applicable: ${JSON.stringify(result)}`);
      return result;
    };
    const mugs = applied(
      request({
        shows: '',
        redeemables: [tier('promo_MugTr10')],
        cart: [['mug', 7]],
        outcome: { discount: 0 },
      }),
    );
    expect(mugs.result.bundle).toEqual({
      quantity: 2,
      identified: [{ id: 'mug', object: 'product', item_index: 0, item_quantity: 6 }],
    });
    expect(mugs.order?.items?.[0]).toMatchObject({
      quantity: 7,
      discount_amount: 5000,
      subtotal_amount: 12_500,
    });

    const club = applied(
      request({
        shows: '',
        redeemables: [code('FREEMONTH')],
        cart: [['coffee-club', 3]],
        outcome: { discount: 0 },
      }),
    );
    expect(club.result.bundle).toEqual({
      quantity: 1,
      limit: 1,
      identified: [{ id: 'coffee-club', object: 'product', item_index: 0, item_quantity: 1 }],
    });
    expect(club.order?.items?.[0]).toMatchObject({
      quantity: 3,
      discount_quantity: 1,
      discount_amount: 1800,
    });

    const missing = engine.validate(
      request({
        shows: '',
        redeemables: [tier('promo_Tr41lK1t79')],
        cart: [['cap', 2]],
        outcome: { discount: 0 },
      }),
    ).redeemables[0];
    expect(missing?.status === 'INAPPLICABLE' && missing.result.bundle).toEqual({
      quantity: 0,
      identified: [{ id: 'cap', object: 'product', item_index: 0, item_quantity: 1 }],
      missing: [
        { id: 'mug', object: 'product', item_quantity: 1 },
        { id: 'tote', object: 'product', item_quantity: 1 },
      ],
    });
  });

  it('adds the free shipping line an order without one lacks, priced and named as the built-in product', () => {
    const response = expectConformant(
      open().validate({
        redeemables: [tier('promo_Fr33Sh1p75')],
        order: { items: [{ product_id: 'cap', quantity: 3, price: 3000 }] },
      }),
    );
    expect(response.order).toMatchObject({
      amount: 9000 + 695,
      initial_amount: 9000,
      total_discount_amount: 695,
      total_amount: 9000,
    });
    expect(response.order?.items?.[1]).toEqual({
      object: 'order_item',
      product_id: 'prod_5h1pp1ng',
      product: { id: 'prod_5h1pp1ng', source_id: '5h1pp1ng', name: 'Shipping' },
      price: 695,
      quantity: 1,
      initial_quantity: 0,
      discount_quantity: 1,
      applied_discount_quantity: 1,
      applied_quantity: 1,
      applied_quantity_amount: 695,
      amount: 695,
      initial_amount: 0,
      discount_amount: 695,
      applied_discount_amount: 695,
      subtotal_amount: 0,
    });
  });

  it('is a case-insensitive project: every code applies however the shopper cases it', () => {
    const engine = open();
    const codes = demoSeed.campaigns?.flatMap((campaign) =>
      'vouchers' in campaign ? campaign.vouchers.map((voucher) => voucher.code) : [],
    );
    expect(codes?.length).toBeGreaterThan(10);
    for (const created of codes ?? []) {
      const [answer] = engine.validate({ redeemables: [code(created.toLowerCase())] }).redeemables;
      expect(answer?.id).toBe(created);
      expect(answer?.status === 'INAPPLICABLE' ? answer.result.error?.key : 'found').not.toBe('not_found');
    }
  });

  it('offers each persona what the demo promises', () => {
    const engine = open();
    const wallet = (customer: string) =>
      engine
        .qualify({
          scenario: 'CUSTOMER_WALLET',
          customer: { source_id: customer },
          order: { items: [{ product_id: 'mug', quantity: 2, price: 2500 }] },
          options: { limit: 50 },
        })
        .redeemables.data.map((redeemable) => redeemable.id)
        .sort();
    expect(wallet('cust-returning')).toEqual(['COMEBACK15', 'ONCE10', 'REF-ALEX']);
    expect(wallet('cust-loyal')).toEqual(['GIFT-5000-DEMO', 'LOYALTY-SAM']);
    expect(wallet('cust-new')).toEqual([]);
  });
});
