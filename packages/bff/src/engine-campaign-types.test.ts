import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { redeemResponseSchema, validateResponseSchema, walletResponseSchema } from '@promokit/core';
import { demoSeed, parseSeed, type SeedInput } from '@promokit/engine';
import { afterAll, describe, expect, it } from 'vitest';

import { embeddedUpstream } from './embedded-upstream.js';
import { demoBff } from './testing.js';

// The demo BFF, unchanged, over an engine whose seed adds campaigns written as a marketer writes
// them in Voucherify: a rule set with and/or logic and nesting, a dynamic discount, an
// ADD_SAME_ITEMS free unit, several free products at once, and points worth 0.02. The storefront
// contract carries them with no code of their own.
const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-types-'));
const demo = demoSeed() as SeedInput;
const seed = parseSeed({
  ...demo,
  validation_rules: [
    ...(demo.validation_rules ?? []),
    {
      id: 'val_MugPair',
      name: 'Two mugs, or 300.00',
      rules: {
        '1': {
          name: 'order.items.any',
          conditions: { $is: [{ id: 'mug', object: 'product' }] },
          rules: {
            '1': { name: 'order.items.aggregated_quantity', conditions: { $more_than_or_equal: [2] } },
            logic: '1',
          },
        },
        '2': { name: 'order.amount', conditions: { $more_than_or_equal: [30000] } },
        logic: '1 or 2',
      },
    },
  ],
  campaigns: [
    ...(demo.campaigns ?? []),
    {
      id: 'camp_MugPair',
      name: 'Mug pair',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_MugPair'],
      vouchers: [{ id: 'v_MugPair', code: 'MUGPAIR', discount: { type: 'AMOUNT', amount_off: 500 } }],
    },
    {
      id: 'camp_PerUnit',
      name: '2.00 a unit',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        {
          id: 'v_PerUnit',
          code: 'PERUNIT',
          discount: { type: 'AMOUNT', amount_off: 100, amount_off_formula: 'ORDER_UNITS_QUANTITY * 2' },
        },
      ],
    },
    {
      id: 'camp_SameMug',
      name: 'One more mug',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        {
          id: 'v_SameMug',
          code: 'SAMEMUG',
          discount: { type: 'UNIT', effect: 'ADD_SAME_ITEMS', unit_off: 1, unit_type: 'mug' },
        },
      ],
    },
    {
      id: 'camp_MugAndCap',
      name: 'A mug and a cap',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        {
          id: 'v_MugAndCap',
          code: 'MUGANDCAP',
          discount: {
            type: 'UNIT',
            effect: 'ADD_MANY_ITEMS',
            units: [
              { unit_off: 1, unit_type: 'mug', effect: 'ADD_MISSING_ITEMS' },
              { unit_off: 2, unit_type: 'cap', effect: 'ADD_NEW_ITEMS' },
            ],
          },
        },
      ],
    },
    {
      id: 'camp_StickerPerThree',
      name: 'A free cap for every three items',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        {
          id: 'v_CapPerThree',
          code: 'CAPPER3',
          discount: {
            type: 'UNIT',
            effect: 'ADD_NEW_ITEMS',
            unit_off: 1,
            unit_off_formula: 'ROUND_DOWN(ORDER_UNITS_QUANTITY / 3)',
            unit_type: 'cap',
          },
        },
      ],
    },
    {
      id: 'camp_Points2',
      name: 'Points worth 0.02',
      type: 'LOYALTY_PROGRAM',
      rewards: [{ id: 'rew_Points2', name: 'Pay with points', points_value: 2 }],
      vouchers: [{ id: 'v_Points2', code: 'POINTS2', holder: 'cust-new', loyalty_card: { points: 700 } }],
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

async function post(route: string, body: unknown) {
  const response = await bff.app.request(`/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as unknown;
}

const validate = async (lines: { productId: string; quantity: number }[], codes: string[]) =>
  validateResponseSchema.parse(await post('validate', { cart: { lines }, codes }));

describe('campaign types new to the engine, through the unchanged BFF', () => {
  it('applies a rule set with or-logic and nesting when two mugs are in the cart, and refuses one mug', async () => {
    const two = await validate([{ productId: 'mug', quantity: 2 }], ['MUGPAIR']);
    expect(two.applied).toMatchObject([
      { code: 'MUGPAIR', discount: 500, effect: { type: 'amount_off', amountOff: 500 } },
    ]);
    const one = await validate([{ productId: 'mug', quantity: 1 }], ['MUGPAIR']);
    expect(one.applied).toEqual([]);
    expect(one.rejected).toMatchObject([{ code: 'MUGPAIR' }]);
  });

  it('shows a dynamic discount at the amount its formula works out', async () => {
    const { applied } = await validate(
      [
        { productId: 'mug', quantity: 2 },
        { productId: 'cap', quantity: 1 },
      ],
      ['PERUNIT'],
    );
    expect(applied).toMatchObject([
      { code: 'PERUNIT', discount: 600, effect: { type: 'amount_off', amountOff: 600 } },
    ]);
  });

  it('names each product of ADD_MANY_ITEMS with how many, so the shopper reads what they get', async () => {
    const { applied } = await validate([{ productId: 'tote', quantity: 1 }], ['MUGANDCAP']);
    expect(applied).toMatchObject([
      {
        code: 'MUGANDCAP',
        effect: {
          type: 'free_items',
          quantity: 3,
          items: [
            { productId: 'mug', quantity: 1 },
            { productId: 'cap', quantity: 2 },
          ],
        },
      },
    ]);
  });

  it('says a free-unit formula that works out 0 units does not apply, and books nothing for it', async () => {
    const lines = [{ productId: 'mug', quantity: 2 }];
    const shown = await validate(lines, ['CAPPER3']);
    expect(shown.applied).toEqual([]);
    expect(shown.rejected).toEqual([{ reason: 'cart_not_eligible', code: 'CAPPER3' }]);
    const plain = await validate(lines, []);
    expect(shown.totals).toEqual(plain.totals);
    const redeemed = redeemResponseSchema.parse(
      await post('redeem', {
        orderId: 'order-no-cap',
        cart: { lines },
        codes: ['CAPPER3'],
        expectedDue: shown.totals.due,
      }),
    );
    expect(redeemed).toMatchObject({ status: 'redeemed', applied: [], totals: plain.totals });
    expect(redeemed.status === 'redeemed' && redeemed.rejected).toEqual([
      { reason: 'cart_not_eligible', code: 'CAPPER3' },
    ]);
    // Three items earn the cap.
    const three = await validate([{ productId: 'mug', quantity: 3 }], ['CAPPER3']);
    expect(three.applied).toMatchObject([{ code: 'CAPPER3', effect: { type: 'free_items', quantity: 1 } }]);
  });

  it("says in the wallet what a loyalty card's point pays, from the program's exchange ratio", async () => {
    const session = await bff.app.request('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'new-customer' }),
    });
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await bff.app.request('/wallet', { method: 'POST', headers: { cookie } });
    const wallet = walletResponseSchema.parse(await response.json());
    expect(wallet.entries.find((entry) => entry.code === 'POINTS2')).toMatchObject({
      kind: 'loyalty_card',
      points: 700,
      pointValue: 2,
    });
  });

  it('gives ADD_SAME_ITEMS as free items, redeems it and keeps the total', async () => {
    const shown = await validate([{ productId: 'mug', quantity: 2 }], ['SAMEMUG']);
    expect(shown.applied).toMatchObject([
      { code: 'SAMEMUG', discount: 2500, effect: { type: 'free_items', quantity: 1, productId: 'mug' } },
    ]);
    const redeemed = redeemResponseSchema.parse(
      await post('redeem', {
        orderId: 'order-same-mug',
        cart: { lines: [{ productId: 'mug', quantity: 2 }] },
        codes: ['SAMEMUG'],
        expectedDue: shown.totals.due,
      }),
    );
    expect(redeemed.status).toBe('redeemed');
  });
});
