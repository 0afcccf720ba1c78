import catalog from '@promokit/bff/demo-catalog.json' with { type: 'json' };
import { type RunningDemoBff, startDemoBff } from '@promokit/bff/testing';
import {
  type Cart,
  type RedeemResponse,
  caseInsensitiveCodes,
  createPromoClient,
  type PromoClient,
} from '@promokit/core';
import {
  demoSeed,
  parseSeed,
  seedCampaignSchema,
  seedDiscountSchema,
  type SeedInput,
} from '@promokit/engine';
import { PromoProvider, useOfferHints, usePromoCart, useRedeem, useWallet } from '@promokit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AppliedDiscounts } from './applied-discounts.js';
import { CodeInput } from './code-input.js';
import { LoyaltyPoints } from './loyalty-points.js';
import { LoyaltyRewards } from './loyalty-rewards.js';
import { type Messages, createMessages } from './messages/create-messages.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { OfferHint } from './offer-hint.js';
import { OrderTotals } from './order-totals.js';
import { PromoMessages } from './promo-messages.js';
import { type Lang, asMatched, describedPairs, localeOf, spoken } from './test-support/demo-shop.js';

// Every campaign type and discount effect the engine supports (its coverage table,
// `packages/engine/src/coverage.ts`), each added to a fresh copy of the demo seed and taken through
// the unchanged kit: the real provider, hooks and components, over HTTP to the real BFF and engine.
// Each row says what the marketer wrote; what the shopper must read is worked out here from that
// and the demo catalog's prices, in words from the ui's own catalogues.

type Lines = Cart['lines'];
type Campaign = NonNullable<SeedInput['campaigns']>[number];

const SHIPPING = catalog.shipping.flatRate;
const priceOf = (productId: string) => {
  const product = catalog.products.find((item) => item.id === productId);
  if (!product) throw new Error(`No ${productId} in the demo catalog`);
  return product.price;
};
const nameOf = (productId: string) =>
  catalog.products.find((item) => item.id === productId)?.name ?? productId;
const goods = (lines: Lines) => lines.reduce((sum, line) => sum + priceOf(line.productId) * line.quantity, 0);
/** What the BFF sends upstream as the order's amount: the goods and the flat shipping. */
const orderAmount = (lines: Lines) => goods(lines) + (lines.length ? SHIPPING : 0);
const line = (productId: string, quantity = 1) => ({ productId, quantity });

/** The shopper every row shops as: a signed-in new customer, so cards and referral codes can be theirs. */
const PERSONA = 'new-customer';
const SHOPPER = 'cust-new';

/** An order of at least `amount` hundredths, the rule that gives each row a near-miss hint. */
const MIN_RULE = (amount: number) => ({
  id: `val_Mx${amount}`,
  name: `Order of at least ${amount}`,
  conditions: [{ type: 'min_order_amount' as const, amount }],
});
const THRESHOLD = 6000;
/** 42.00 of goods, 48.95 with shipping: 11.05 short of {@link THRESHOLD}. */
const NEAR: Lines = [line('hip-pack')];
/** 64.00 of goods, 70.95 with shipping: no demo promotion applies (free shipping starts at 75.00). */
const FULL: Lines = [line('hip-pack'), line('pour-over-dripper')];

/** A row's effect in the shopper's words, for a cart (a formula's value depends on it). */
type Said = (m: Messages, cart: Lines) => string;
const units = (lines: Lines) => lines.reduce((sum, item) => sum + item.quantity, 0);
const percent = (m: Messages, value: number) =>
  m.number(value / 100, { style: 'percent', maximumFractionDigits: 2 });

interface Row {
  /** What the marketer set up, as the report names it. */
  name: string;
  campaign: Campaign;
  /** The code the shopper types; none for an automatic promotion. */
  code?: string;
  cart: Lines;
  /** Cart for the near-miss hint; without it the hint is for {@link Row.cart}, which qualifies. */
  near?: Lines;
  /** Items the near-miss hint says are missing, for a bundle. */
  missing?: Lines;
  /** `false` when Voucherify lists no offer for it (another shopper's referral code). */
  hinted?: boolean;
  /** The effect in the shopper's words. */
  effect: Said;
  /** What it takes off the order (goods and shipping), in minor units. */
  discount: number;
  /** What of the discount is shipping. */
  shippingDiscount?: number;
  /** Goods the engine adds to the order for free, in minor units. */
  added?: number;
  /** A loyalty card the shopper pays with from their wallet, all its points, rather than typed. */
  withPoints?: boolean;
  /** A loyalty card whose points buy this reward (by name), chosen from the wallet rather than typed. */
  withReward?: string;
  /** What a gift card or loyalty card pays. */
  paid?: { kind: 'gift_card' | 'loyalty_card'; amount: number };
  /** The label of an automatic promotion's chip. */
  label?: string;
}

const coupon = (id: string, code: string, discount: object, rules = ['val_Mx6000']): Campaign =>
  ({
    id: `camp_${id}`,
    name: `Matrix ${id}`,
    type: 'DISCOUNT_COUPONS',
    validation_rules: rules,
    vouchers: [{ id: `v_${id}`, code, discount }],
  }) as Campaign;

const rows: Row[] = [
  {
    name: 'AMOUNT off the order',
    campaign: coupon('Amount', 'MX-AMOUNT', { type: 'AMOUNT', amount_off: 700 }),
    code: 'MX-AMOUNT',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.amount_off', { amount: m.money(700) }),
    discount: 700,
  },
  {
    name: 'PERCENT off the order',
    campaign: coupon('Percent', 'MX-PERCENT', { type: 'PERCENT', percent_off: 5 }),
    code: 'MX-PERCENT',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.percent_off', { percent: percent(m, 5) }),
    discount: Math.round((orderAmount(FULL) * 5) / 100),
  },
  {
    name: 'PERCENT off the order, capped (amount_limit)',
    campaign: coupon('Capped', 'MX-CAPPED', { type: 'PERCENT', percent_off: 20, amount_limit: 1000 }),
    code: 'MX-CAPPED',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.percent_off_capped', { percent: percent(m, 20), cap: m.money(1000) }),
    discount: Math.min(1000, Math.round((orderAmount(FULL) * 20) / 100)),
  },
  {
    name: 'PERCENT off items (applicable_to a product)',
    campaign: coupon('PercentItems', 'MX-PERCENT-ITEMS', {
      type: 'PERCENT',
      percent_off: 10,
      effect: 'APPLY_TO_ITEMS',
      applicable_to: [{ object: 'product', id: 'hip-pack' }],
    }),
    code: 'MX-PERCENT-ITEMS',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.percent_off', { percent: percent(m, 10) }),
    discount: Math.round((priceOf('hip-pack') * 10) / 100),
  },
  {
    name: 'AMOUNT split over a collection (APPLY_TO_ITEMS_PROPORTIONALLY)',
    campaign: coupon('Kitchen', 'MX-KITCHEN', {
      type: 'AMOUNT',
      amount_off: 1000,
      effect: 'APPLY_TO_ITEMS_PROPORTIONALLY',
      applicable_to: [{ object: 'products_collection', id: 'pc_K1tch3n' }],
    }),
    code: 'MX-KITCHEN',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.amount_off', { amount: m.money(1000) }),
    discount: Math.min(1000, priceOf('pour-over-dripper')),
  },
  {
    name: 'AMOUNT off each line of a product (APPLY_TO_ITEMS)',
    campaign: coupon('AmountItems', 'MX-AMOUNT-ITEMS', {
      type: 'AMOUNT',
      amount_off: 500,
      effect: 'APPLY_TO_ITEMS',
      applicable_to: [{ object: 'product', id: 'pour-over-dripper' }],
    }),
    code: 'MX-AMOUNT-ITEMS',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.amount_off', { amount: m.money(500) }),
    discount: 500,
  },
  {
    name: 'AMOUNT split over a collection by units (APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY)',
    campaign: coupon('KitchenUnits', 'MX-KITCHEN-UNITS', {
      type: 'AMOUNT',
      amount_off: 1000,
      effect: 'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY',
      applicable_to: [{ object: 'products_collection', id: 'pc_K1tch3n' }],
    }),
    code: 'MX-KITCHEN-UNITS',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.amount_off', { amount: m.money(1000) }),
    discount: Math.min(1000, priceOf('pour-over-dripper')),
  },
  {
    name: 'AMOUNT off each unit (APPLY_TO_ITEMS_BY_QUANTITY)',
    campaign: coupon(
      'PerUnit',
      'MX-PER-UNIT',
      {
        type: 'AMOUNT',
        amount_off: 300,
        effect: 'APPLY_TO_ITEMS_BY_QUANTITY',
        applicable_to: [{ object: 'product', id: 'pour-over-dripper' }],
      },
      [],
    ),
    code: 'MX-PER-UNIT',
    cart: [line('pour-over-dripper', 2)],
    effect: (m) => m.t('effect.amount_off', { amount: m.money(300) }),
    discount: 2 * 300,
  },
  {
    name: 'FIXED order total (new price)',
    campaign: coupon('Fixed', 'MX-FIXED', { type: 'FIXED', fixed_amount: 5000 }),
    code: 'MX-FIXED',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.fixed_price', { price: m.money(5000) }),
    discount: orderAmount(FULL) - 5000,
  },
  {
    name: 'FIXED unit price of a product',
    campaign: coupon('FixedItem', 'MX-FIXED-ITEM', {
      type: 'FIXED',
      fixed_amount: 3000,
      effect: 'APPLY_TO_ITEMS',
      applicable_to: [{ object: 'product', id: 'hip-pack' }],
    }),
    code: 'MX-FIXED-ITEM',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.fixed_price', { price: m.money(3000) }),
    discount: priceOf('hip-pack') - 3000,
  },
  {
    name: 'UNIT ADD_MISSING_ITEMS (a free product)',
    campaign: coupon(
      'FreeMug',
      'MX-FREE-MUG',
      { type: 'UNIT', unit_off: 1, unit_type: 'mug', effect: 'ADD_MISSING_ITEMS' },
      [],
    ),
    code: 'MX-FREE-MUG',
    cart: [line('pour-over-dripper')],
    effect: (m) => m.t('effect.free_product', { count: 1, product: m.product('mug') }),
    discount: priceOf('mug'),
    added: priceOf('mug'),
  },
  {
    name: 'UNIT ADD_NEW_ITEMS (a product the store does not sell alone)',
    campaign: coupon(
      'FreeMonth',
      'MX-FREE-MONTH',
      { type: 'UNIT', unit_off: 1, unit_type: 'coffee-club', effect: 'ADD_NEW_ITEMS' },
      [],
    ),
    code: 'MX-FREE-MONTH',
    cart: [line('pour-over-dripper')],
    effect: (m) => m.t('effect.free_product', { count: 1, product: m.product('coffee-club') }),
    discount: priceOf('coffee-club'),
    added: priceOf('coffee-club'),
  },
  {
    name: 'UNIT ADD_MANY_ITEMS (several free products)',
    campaign: coupon(
      'FreeKit',
      'MX-FREE-KIT',
      {
        type: 'UNIT',
        effect: 'ADD_MANY_ITEMS',
        units: [
          { unit_off: 1, unit_type: 'mug', effect: 'ADD_MISSING_ITEMS' },
          { unit_off: 1, unit_type: 'cap', effect: 'ADD_MISSING_ITEMS' },
        ],
      },
      [],
    ),
    code: 'MX-FREE-KIT',
    cart: [line('pour-over-dripper')],
    effect: (m) =>
      m.list([
        m.t('effect.free_product', { count: 1, product: m.product('mug') }),
        m.t('effect.free_product', { count: 1, product: m.product('cap') }),
      ]),
    discount: priceOf('mug') + priceOf('cap'),
    added: priceOf('mug') + priceOf('cap'),
  },
  {
    name: 'UNIT ADD_SAME_ITEMS (one more of a product in the cart)',
    campaign: coupon(
      'SameDripper',
      'MX-SAME',
      { type: 'UNIT', unit_off: 1, unit_type: 'pour-over-dripper', effect: 'ADD_SAME_ITEMS' },
      [],
    ),
    code: 'MX-SAME',
    cart: [line('pour-over-dripper')],
    effect: (m) => m.t('effect.free_product', { count: 1, product: m.product('pour-over-dripper') }),
    discount: priceOf('pour-over-dripper'),
    added: priceOf('pour-over-dripper'),
  },
  {
    name: 'Free shipping (UNIT of prod_5h1pp1ng)',
    campaign: coupon('Ship', 'MX-SHIP', { type: 'UNIT', unit_off: 1, unit_type: 'prod_5h1pp1ng' }),
    code: 'MX-SHIP',
    cart: FULL,
    near: NEAR,
    effect: (m) => m.t('effect.free_shipping'),
    discount: SHIPPING,
    shippingDiscount: SHIPPING,
  },
  {
    name: 'amount_off_formula',
    campaign: coupon('AmountFormula', 'MX-AMOUNT-F', {
      type: 'AMOUNT',
      amount_off: 100,
      amount_off_formula: 'ORDER_UNITS_QUANTITY * 3',
    }),
    code: 'MX-AMOUNT-F',
    cart: FULL,
    near: NEAR,
    effect: (m, cart) => m.t('effect.amount_off', { amount: m.money(units(cart) * 300) }),
    discount: units(FULL) * 300,
  },
  {
    name: 'percent_off_formula',
    campaign: coupon('PercentFormula', 'MX-PERCENT-F', {
      type: 'PERCENT',
      percent_off: 1,
      percent_off_formula: 'ORDER_UNITS_QUANTITY * 2',
    }),
    code: 'MX-PERCENT-F',
    cart: FULL,
    near: NEAR,
    effect: (m, cart) => m.t('effect.percent_off', { percent: percent(m, units(cart) * 2) }),
    discount: Math.round((orderAmount(FULL) * units(FULL) * 2) / 100),
  },
  {
    name: 'fixed_amount_formula',
    campaign: coupon('FixedFormula', 'MX-FIXED-F', {
      type: 'FIXED',
      fixed_amount: 100,
      fixed_amount_formula: 'ORDER_AMOUNT - ORDER_UNITS_QUANTITY * 5',
    }),
    code: 'MX-FIXED-F',
    cart: FULL,
    near: NEAR,
    // ORDER_AMOUNT is in the currency's units: 5 off the order's price per unit.
    effect: (m, cart) => m.t('effect.fixed_price', { price: m.money(orderAmount(cart) - units(cart) * 500) }),
    discount: units(FULL) * 500,
  },
  {
    name: 'unit_off_formula',
    campaign: coupon(
      'UnitFormula',
      'MX-UNIT-F',
      {
        type: 'UNIT',
        unit_off: 3,
        unit_off_formula: 'ORDER_UNITS_QUANTITY',
        unit_type: 'mug',
        effect: 'ADD_NEW_ITEMS',
      },
      [],
    ),
    code: 'MX-UNIT-F',
    cart: [line('pour-over-dripper')],
    effect: (m, cart) => m.t('effect.free_product', { count: units(cart), product: m.product('mug') }),
    discount: priceOf('mug'),
    added: priceOf('mug'),
  },
  {
    name: 'Promotion tier, applied automatically',
    campaign: {
      id: 'camp_MxAuto',
      name: 'Matrix automatic',
      type: 'PROMOTION',
      tiers: [
        {
          id: 'promo_MxAuto',
          name: '4.00 off with a dry bag',
          validation_rules: ['val_MxDryBag'],
          discount: { type: 'AMOUNT', amount_off: 400 },
        },
      ],
    } as Campaign,
    cart: [line('roll-top-dry-bag'), line('cap')],
    near: [line('roll-top-dry-bag')],
    effect: (m) => m.t('effect.amount_off', { amount: m.money(400) }),
    discount: 400,
    label: '4.00 off with a dry bag',
  },
  {
    name: 'Bundle promotion tier (missing items hint)',
    campaign: {
      id: 'camp_MxBundle',
      name: 'Matrix bundle',
      type: 'PROMOTION',
      tiers: [
        {
          id: 'promo_MxBundle',
          name: 'Beanie and dripper: 3.00 off',
          validation_rules: ['val_MxBundle'],
          discount: { type: 'AMOUNT', amount_off: 300 },
        },
      ],
    } as Campaign,
    cart: [line('ridge-beanie'), line('pour-over-dripper')],
    near: [line('ridge-beanie')],
    missing: [line('pour-over-dripper')],
    effect: (m) => m.t('effect.amount_off', { amount: m.money(300) }),
    discount: 300,
    label: 'Beanie and dripper: 3.00 off',
  },
  {
    name: 'Gift card',
    campaign: {
      id: 'camp_MxGift',
      name: 'Matrix gift cards',
      type: 'GIFT_VOUCHERS',
      validation_rules: ['val_H0ld3r0nly'],
      vouchers: [{ id: 'v_MxGift', code: 'MX-GIFT', holder: SHOPPER, gift: { amount: 3000 } }],
    } as Campaign,
    code: 'MX-GIFT',
    cart: FULL,
    effect: (m) => m.t('effect.gift_card', { amount: m.money(3000) }),
    discount: 0,
    paid: { kind: 'gift_card', amount: 3000 },
  },
  {
    name: 'Loyalty card, pay with points',
    campaign: {
      id: 'camp_MxPoints',
      name: 'Matrix points',
      type: 'LOYALTY_PROGRAM',
      validation_rules: ['val_H0ld3r0nly'],
      // Each point pays 0.02: the store learns it from the card, not from its own code.
      rewards: [{ id: 'rew_MxPoints', name: 'Pay with points', points_value: 2 }],
      vouchers: [{ id: 'v_MxPoints', code: 'MX-POINTS', holder: SHOPPER, loyalty_card: { points: 1500 } }],
    } as Campaign,
    code: 'MX-POINTS',
    withPoints: true,
    cart: FULL,
    effect: (m) => m.t('effect.loyalty_points', { count: 1500 }),
    discount: 0,
    paid: { kind: 'loyalty_card', amount: 1500 * 2 },
  },
  {
    name: 'Loyalty card, a free product for points',
    campaign: {
      id: 'camp_MxMugReward',
      name: 'Matrix rewards',
      type: 'LOYALTY_PROGRAM',
      validation_rules: ['val_H0ld3r0nly'],
      rewards: [
        { id: 'rew_MxMug', name: 'A free mug', type: 'MATERIAL', points: 1000, product: { id: 'mug' } },
      ],
      vouchers: [{ id: 'v_MxMugCard', code: 'MX-MUG-CARD', holder: SHOPPER, loyalty_card: { points: 1500 } }],
    } as Campaign,
    code: 'MX-MUG-CARD',
    withReward: 'A free mug',
    // A card without pay with points takes nothing off the order by itself: no offer to hint.
    hinted: false,
    cart: FULL,
    // The mug joins the order for free, bought with the card's points.
    effect: (m) => m.t('effect.free_product', { count: 1, product: m.product('mug') }),
    discount: priceOf('mug'),
    added: priceOf('mug'),
  },
  {
    name: 'Referral code',
    campaign: {
      id: 'camp_MxReferral',
      name: 'Matrix referrals',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 800 },
      vouchers: [{ id: 'v_MxReferral', code: 'MX-REF', holder: 'cust-returning' }],
    } as Campaign,
    code: 'MX-REF',
    cart: FULL,
    // Voucherify's qualifications never list another customer's referral code.
    hinted: false,
    effect: (m) => m.t('effect.amount_off', { amount: m.money(800) }),
    discount: 800,
  },
];

/** A discount's kind as the engine's seed schema tells them apart: its type and effect, and its formulas. */
function discountKinds(discount: Record<string, unknown>): string[] {
  const defaultEffect = discount['type'] === 'UNIT' ? 'ADD_MISSING_ITEMS' : 'APPLY_TO_ORDER';
  const units = (discount['units'] as Record<string, unknown>[] | undefined) ?? [];
  return [
    `${String(discount['type'])} ${String(discount['effect'] ?? defaultEffect)}`,
    ...[discount, ...units].flatMap((part) => Object.keys(part).filter((key) => key.endsWith('_formula'))),
  ];
}

/** What a row's campaign covers: its type, and its discount's kinds. */
function rowKinds(campaign: Campaign): string[] {
  const holder = campaign as unknown as {
    discount?: Record<string, unknown>;
    vouchers?: { discount?: Record<string, unknown> }[];
    tiers?: { discount: Record<string, unknown> }[];
  };
  const discount = holder.discount ?? holder.vouchers?.[0]?.discount ?? holder.tiers?.[0]?.discount;
  return [campaign.type, ...(discount ? discountKinds(discount) : [])];
}

/** A zod schema, as far as listing the seed's campaign types, discount effects and formulas needs. */
interface Introspected {
  options?: Introspected[];
  shape?: Record<string, Introspected>;
  value?: string;
  unwrap?: () => Introspected;
}

/** Every campaign type, discount type and effect, and formula the engine's seed takes. */
function engineKinds(): string[] {
  const campaigns = (seedCampaignSchema as unknown as Introspected).options ?? [];
  const discounts = ((seedDiscountSchema as unknown as Introspected).options ?? []).flatMap(
    (option) => option.options ?? [option],
  );
  return [
    ...campaigns.map((campaign) => campaign.shape?.['type']?.value ?? ''),
    ...discounts.flatMap((discount) => {
      const shape = discount.shape ?? {};
      const effect = shape['effect'];
      const effects = effect?.value ? [effect.value] : (effect?.unwrap?.().options as unknown as string[]);
      return [
        ...effects.map((name) => `${shape['type']?.value} ${name}`),
        ...Object.keys(shape).filter((key) => key.endsWith('_formula')),
      ];
    }),
  ];
}

/** A free mug for every three items: a formula that works out 0 units for fewer. */
const MUG_PER_THREE = coupon(
  'MugPerThree',
  'MX-MUG-PER-3',
  {
    type: 'UNIT',
    unit_off: 1,
    unit_off_formula: 'ROUND_DOWN(ORDER_UNITS_QUANTITY / 3)',
    unit_type: 'mug',
    effect: 'ADD_NEW_ITEMS',
  },
  [],
);

const seed = (() => {
  const demo = demoSeed() as SeedInput;
  return parseSeed({
    ...demo,
    // Voucherify prices a free unit from its own product catalog, which the store keeps in step.
    products: [
      ...(demo.products ?? []),
      ...['mug', 'cap'].map((id) => ({ id, name: nameOf(id), price: priceOf(id) })),
    ],
    validation_rules: [
      ...(demo.validation_rules ?? []),
      MIN_RULE(THRESHOLD),
      {
        id: 'val_MxDryBag',
        name: 'A dry bag, and an order of at least 60.00',
        conditions: [
          { type: 'order_items', match: 'any', items: [{ object: 'product', id: 'roll-top-dry-bag' }] },
          { type: 'min_order_amount', amount: THRESHOLD },
        ],
      },
      {
        id: 'val_MxBundle',
        name: 'A beanie and a dripper',
        conditions: [
          {
            type: 'bundle',
            items: [
              { object: 'product', id: 'ridge-beanie' },
              { object: 'product', id: 'pour-over-dripper' },
            ],
          },
        ],
      },
    ],
    campaigns: [...(demo.campaigns ?? []), ...rows.map((row) => row.campaign), MUG_PER_THREE],
  });
})();

let bff: RunningDemoBff;
let client: PromoClient;

beforeAll(async () => {
  bff = await startDemoBff({ seed });
  const response = await fetch(`${bff.url}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona: PERSONA }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  client = createPromoClient({ baseUrl: bff.url, headers: { cookie } });
});
afterAll(() => bff.close());

const catalogues = { en, de } as const;
const messagesIn = (lang: Lang) => createMessages(catalogues[lang], localeOf(lang), catalog.currency, nameOf);

function Page({ lang, children }: { lang: Lang; children: ReactNode }): ReactNode {
  return (
    <PromoProvider
      client={client}
      codeMatching={caseInsensitiveCodes}
      persistCodes="none"
      locale={localeOf(lang)}
    >
      <PromoMessages catalogue={catalogues[lang]} productName={nameOf}>
        {children}
      </PromoMessages>
    </PromoProvider>
  );
}

/** A cart page's offers, as a storefront lists them: every hint, then every offer it gets. */
function Offers({ cart }: { cart: Lines }): ReactNode {
  const { hints, available, isLoading } = useOfferHints('cart', { cart: { lines: cart } });
  return (
    <ul aria-label="offers" aria-busy={isLoading}>
      {[...hints, ...available].map((offer) => (
        <li key={offer.id} data-offer={offer.id}>
          <OfferHint offer={offer} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A checkout: one code field, pay with points and the rewards points buy for each loyalty card in
 * the wallet, the applied discounts, the totals, and the place-order button.
 */
function Checkout({
  cart,
  orderId,
  onPlaced,
}: {
  cart: Lines;
  orderId: string;
  onPlaced: (response: RedeemResponse) => void;
}): ReactNode {
  const promo = usePromoCart({ lines: cart }, { debounceMs: 0 });
  const redeem = useRedeem();
  const wallet = useWallet();
  const due = promo.totals?.due ?? 0;
  return (
    <>
      <CodeInput apply={promo.apply} onRemove={promo.remove} />
      {wallet.data?.entries.map((entry) =>
        entry.kind === 'loyalty_card' && entry.points && entry.pointValue ? (
          <LoyaltyPoints
            key={entry.code}
            balance={entry.points}
            pointValue={entry.pointValue}
            max={Math.floor(due / entry.pointValue)}
            onApply={(points) => void promo.apply({ code: entry.code, points })}
          />
        ) : null,
      )}
      {wallet.data?.entries.map((entry) =>
        entry.kind === 'loyalty_card' && entry.rewards && entry.points !== undefined ? (
          <LoyaltyRewards
            key={`${entry.code} rewards`}
            rewards={entry.rewards}
            balance={entry.points}
            onChoose={(reward) => void promo.apply({ code: entry.code, reward })}
          />
        ) : null,
      )}
      <AppliedDiscounts
        applied={promo.applied}
        items={promo.items}
        promotions={promo.promotions}
        onRemove={promo.remove}
      />
      <OrderTotals totals={promo.totals} />
      <button
        type="button"
        disabled={!promo.totals}
        onClick={() =>
          redeem.mutate(
            { orderId, cart: { lines: cart }, codes: [...promo.entries], expectedDue: promo.totals?.due },
            { onSuccess: onPlaced },
          )
        }
      >
        Place order
      </button>
    </>
  );
}

/** The totals rows a row's order must show, worked out from the catalog and the campaign. */
function expectedTotals(row: Row, m: Messages) {
  const subtotal = goods(row.cart) + (row.added ?? 0);
  const shippingDiscount = row.shippingDiscount ?? 0;
  const goodsDiscount = row.discount - shippingDiscount;
  const total = subtotal + SHIPPING - row.discount;
  const minus = (amount: number) => m.money(-amount);
  // The struck-through charge is hidden from screen readers, which read "(was …)" instead.
  const shipping = shippingDiscount
    ? `${SHIPPING - shippingDiscount ? m.money(SHIPPING - shippingDiscount) : m.t('totals.free')} ${m.t('totals.was', { amount: m.money(SHIPPING) })}`
    : m.money(SHIPPING);
  const rowsShown = [
    [m.t('totals.subtotal'), m.money(subtotal)],
    [m.t('totals.shipping'), shipping],
    ...(goodsDiscount ? [[m.t('totals.discount'), minus(goodsDiscount)]] : []),
    [m.t('totals.total'), m.money(total)],
    ...(row.paid
      ? [
          [m.t(`totals.${row.paid.kind}`, { code: row.code ?? '' }), minus(row.paid.amount)],
          [m.t('totals.due'), m.money(total - row.paid.amount)],
        ]
      : []),
  ];
  return { rows: rowsShown.map((pair) => pair.map(asMatched)), total, due: total - (row.paid?.amount ?? 0) };
}

/** The chip a row's code or promotion must show: its label, and what is said under it. */
function expectedChip(row: Row, m: Messages): [string, string] {
  if (row.paid)
    return [m.t('applied.chip_paid', { code: row.code ?? '', amount: m.money(row.paid.amount) }), ''];
  const label = m.t('applied.chip', { code: row.code ?? row.label ?? '', amount: m.money(-row.discount) });
  return [label, row.code ? row.effect(m, row.cart) : m.t('applied.automatic')];
}

async function showsHint(row: Row, lang: Lang) {
  const m = messagesIn(lang);
  const view = render(
    <Page lang={lang}>
      <Offers cart={row.near ?? row.cart} />
    </Page>,
  );
  const list = await screen.findByRole('list', { name: 'offers' });
  await waitFor(() => expect(list.getAttribute('aria-busy')).toBe('false'));
  const offer = row.effect(m, row.near ?? row.cart);
  const expected = row.missing
    ? m.t('offer.missing_items', { items: m.items(row.missing), offer })
    : row.near
      ? m.t('offer.missing_amount', { amount: m.money(THRESHOLD - orderAmount(row.near)), offer })
      : m.t('offer.qualifies', { offer });
  const id = row.code ?? (row.campaign as { tiers: { id: string }[] }).tiers[0]?.id;
  const hint = list.querySelector(`[data-offer="${id}"]`);
  expect(hint && asMatched(spoken(hint))).toBe(asMatched(expected));
  view.unmount();
}

let orders = 0;

async function appliesAndShows(row: Row, lang: Lang, place: boolean) {
  const m = messagesIn(lang);
  const orderId = `matrix-${++orders}`;
  let placed: RedeemResponse | undefined;
  const view = render(
    <Page lang={lang}>
      <Checkout cart={row.cart} orderId={orderId} onPlaced={(response) => (placed = response)} />
    </Page>,
  );
  const user = userEvent.setup();
  if (row.withPoints) {
    const slider = await screen.findByRole('slider', { name: m.t('loyalty.label') });
    // The most points usable follow the amount due, once the totals are in.
    await waitFor(() => expect(document.querySelector('dl')?.getAttribute('aria-busy')).toBe('false'));
    slider.focus();
    await user.keyboard('{End}');
    await user.click(screen.getByRole('button', { name: m.t('loyalty.apply') }));
  } else if (row.withReward) {
    const choose = await screen.findByRole('button', {
      name: m.t('loyalty.reward_choose', { reward: row.withReward }),
    });
    await waitFor(() => expect(document.querySelector('dl')?.getAttribute('aria-busy')).toBe('false'));
    await user.click(choose);
  } else if (row.code) {
    await user.click(screen.getByRole('textbox', { name: m.t('code.label') }));
    await user.paste(row.code);
    await user.click(screen.getByRole('button', { name: m.t('code.submit') }));
  }
  const region = await screen.findByRole('region', { name: m.t('applied.heading') });
  const [label, detail] = expectedChip(row, m);
  await waitFor(() => {
    const chip = [...region.querySelectorAll('[data-part="item"]')].find(
      (item) => asMatched(spoken(item.querySelector('[data-part="label"]')!)) === asMatched(label),
    );
    expect(chip, `chip ${label}`).toBeDefined();
    expect(asMatched(spoken(chip!.querySelector('[data-part="detail"]')!))).toBe(asMatched(detail));
  });
  const totals = expectedTotals(row, m);
  const list = screen.getAllByRole('term')[0]!.closest('dl')!;
  await waitFor(() => expect(describedPairs(list).map((pair) => pair.map(asMatched))).toEqual(totals.rows));
  if (!place) {
    view.unmount();
    return undefined;
  }
  await user.click(screen.getByRole('button', { name: 'Place order' }));
  await waitFor(() => expect(placed).toBeDefined());
  view.unmount();
  return { orderId, placed: placed!, totals };
}

it('has a row for every campaign type, discount effect and formula the engine takes', () => {
  const covered = new Set(rows.flatMap((row) => rowKinds(row.campaign)));
  const kinds = [...new Set(engineKinds())];
  expect(kinds.length).toBeGreaterThan(15);
  expect(kinds.filter((kind) => !covered.has(kind))).toEqual([]);
});

describe.each(rows.map((row) => [row.name, row] as const))('%s', (_, row) => {
  it('shows its hint, applies, says its effect in English and German, redeems at the total shown and rolls back', async () => {
    for (const lang of ['en', 'de'] as const) {
      if (row.hinted !== false) await showsHint(row, lang);
    }
    await appliesAndShows(row, 'de', false);
    const done = await appliesAndShows(row, 'en', true);
    if (!done) throw new Error('not placed');
    const { orderId, placed, totals } = done;
    expect(placed.status).toBe('redeemed');
    if (placed.status !== 'redeemed') return;
    expect(placed.totals.total).toBe(totals.total);
    expect(placed.totals.due).toBe(totals.due);
    // What the engine booked: the order at the total the shopper was shown.
    const booked = await bff.upstream.order(orderId);
    expect(booked.total_amount).toBe(totals.due);
    expect((await client.rollback({ orderId })).status).toBe('rolled_back');
    const undone = await bff.upstream.order(orderId);
    expect(Object.values(undone.redemptions ?? {}).every((entry) => entry.rollback_id)).toBe(true);
  });
});

describe('a free-unit formula that works out 0 units', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`applies nothing, adds no line and says the cart does not qualify (${lang})`, async () => {
      const m = messagesIn(lang);
      const cart = [line('pour-over-dripper', 2)];
      const view = render(
        <Page lang={lang}>
          <Checkout cart={cart} orderId="unused" onPlaced={() => undefined} />
        </Page>,
      );
      const user = userEvent.setup();
      await user.click(screen.getByRole('textbox', { name: m.t('code.label') }));
      await user.paste('MX-MUG-PER-3');
      await user.click(screen.getByRole('button', { name: m.t('code.submit') }));
      await screen.findByText(m.t('rejection.cart_not_eligible', { code: 'MX-MUG-PER-3' }));
      const list = screen.getAllByRole('term')[0]!.closest('dl')!;
      await waitFor(() =>
        expect(describedPairs(list).map((pair) => pair.map(asMatched))).toEqual(
          [
            [m.t('totals.subtotal'), m.money(goods(cart))],
            [m.t('totals.shipping'), m.money(SHIPPING)],
            [m.t('totals.total'), m.money(orderAmount(cart))],
          ].map((pair) => pair.map(asMatched)),
        ),
      );
      expect(screen.queryByRole('region', { name: m.t('applied.heading') })).toBeNull();
      view.unmount();
    });
  }
});
