import type { MoneyScale } from './money-scale.js';
import type { Upstream } from './upstream.js';

/** Where the amounts of one wire object are: its money fields, and the objects and lists under it. */
interface Shape {
  /** Money, converted with the direction's rounding. */
  money?: readonly string[];
  /** An amount still missing to a threshold, rounded away from zero (see {@link MoneyScale}). */
  missing?: readonly string[];
  /** Money only when `when` holds for the object (Redemption `amount`: gift credits, or points). */
  moneyIf?: { key: string; when: (value: Record<string, unknown>) => boolean };
  /** Objects under the object. */
  fields?: Readonly<Record<string, Shape>>;
  /** Lists of objects under the object. */
  lists?: Readonly<Record<string, Shape>>;
}

/** How one direction converts: kit → upstream for requests, upstream → kit for responses. */
interface Conversion {
  money: (amount: number) => number;
  missing: (amount: number) => number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `value` with the amounts `shape` names converted; anything else is kept as it is. */
function convert(value: unknown, shape: Shape, conversion: Conversion): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  const apply = (keys: readonly string[] | undefined, by: (amount: number) => number) => {
    for (const key of keys ?? []) {
      const amount = out[key];
      if (typeof amount === 'number') out[key] = by(amount);
    }
  };
  apply(shape.money, conversion.money);
  apply(shape.missing, conversion.missing);
  if (shape.moneyIf?.when(value)) apply([shape.moneyIf.key], conversion.money);
  for (const [key, inner] of Object.entries(shape.fields ?? {})) {
    if (key in out) out[key] = convert(out[key], inner, conversion);
  }
  for (const [key, inner] of Object.entries(shape.lists ?? {})) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((item) => convert(item, inner, conversion));
  }
  return out;
}

// The money fields of the wire schemas of `@promokit/voucherify` (DIGEST §2, §3, §4, §6, §7, §8, §9).
// Points, quantities, percentages and ratios are not money and are never converted.

const PRICED: Shape = { money: ['price'] };

/** `Order` (request) and `OrderCalculated` (response), with their items. */
const ORDER: Shape = {
  money: [
    'amount',
    'initial_amount',
    'discount_amount',
    'items_discount_amount',
    'total_discount_amount',
    'total_amount',
    'applied_discount_amount',
    'items_applied_discount_amount',
    'total_applied_discount_amount',
  ],
  lists: {
    items: {
      money: [
        'amount',
        'discount_amount',
        'initial_amount',
        'price',
        'applied_discount_amount',
        'applied_quantity_amount',
        'subtotal_amount',
      ],
      fields: { product: PRICED, sku: PRICED },
      lists: {
        application_details: {
          money: [
            'source_applied_quantity_amount',
            'target_applied_quantity_amount',
            'target_applied_discount_amount',
          ],
        },
      },
    },
  },
};

/** `Discount`: `AMOUNT`, `PERCENT` and `FIXED` carry money; `percent_off` and `UNIT` do not. */
const DISCOUNT: Shape = { money: ['amount_off', 'amount_limit', 'aggregated_amount_limit', 'fixed_amount'] };

/** A gift card in a result, a redemption or a voucher. */
const GIFT: Shape = { money: ['balance', 'credits', 'locked_credits', 'amount'] };

/** `applicable_to` / `inapplicable_to`: an entry's price and caps. */
const APPLICABLE_TO: Shape = {
  lists: { data: { money: ['price', 'amount_limit', 'aggregated_amount_limit'] } },
};

/** A validation or qualification result, with the PromoKit engine's `missing_amount`. */
const REDEEMABLE: Shape = {
  fields: {
    order: ORDER,
    applicable_to: APPLICABLE_TO,
    inapplicable_to: APPLICABLE_TO,
    result: {
      fields: {
        discount: DISCOUNT,
        gift: GIFT,
        // What `points_ratio` points pay.
        loyalty_card: { money: ['exchange_ratio'] },
        promokit: { missing: ['missing_amount'] },
      },
    },
  },
};
/** A qualified promotion stack lists its tiers as redeemables too. */
const QUALIFIED: Shape = { ...REDEEMABLE, lists: { redeemables: REDEEMABLE } };

/** A redemption or a rollback: its `amount` is gift credits for a gift card, points for a loyalty card. */
const REDEMPTION: Shape = {
  moneyIf: {
    key: 'amount',
    when: (redemption) =>
      isRecord(redemption['gift']) ||
      (isRecord(redemption['voucher']) && redemption['voucher']['type'] === 'GIFT_VOUCHER'),
  },
  fields: { order: ORDER, gift: GIFT, voucher: { fields: { gift: GIFT, discount: DISCOUNT } } },
};

/** `POST /v1/validations` and `/v1/redemptions` bodies: the order and gift card credits. */
const STACKABLE_REQUEST: Shape = {
  fields: { order: ORDER },
  lists: { redeemables: { fields: { gift: { money: ['credits'] } } } },
};
/** `POST /v1/qualifications` and rollback bodies: the order. */
const ORDER_REQUEST: Shape = { fields: { order: ORDER } };

const VALIDATION: Shape = {
  fields: { order: ORDER },
  lists: { redeemables: REDEEMABLE, inapplicable_redeemables: REDEEMABLE },
};
const QUALIFICATION: Shape = {
  fields: { order: ORDER, redeemables: { lists: { data: QUALIFIED } } },
};
const REDEMPTIONS: Shape = {
  fields: { order: ORDER, parent_redemption: REDEMPTION },
  lists: { redemptions: REDEMPTION, inapplicable_redeemables: REDEEMABLE },
};
const ROLLBACKS: Shape = {
  fields: { order: ORDER, parent_rollback: REDEMPTION },
  lists: { rollbacks: REDEMPTION },
};

/**
 * The currency boundary: an {@link Upstream} that speaks the kit's ISO 4217 minor units of `scale`'s
 * currency over one that speaks Voucherify's ×100 units. Requests (orders, item prices and amounts,
 * gift card credits) are converted on the way up; responses (calculated orders, discounts' amounts,
 * limits and fixed prices, gift card balances and credits, `applicable_to` prices and caps, missing
 * amounts, redemption and rollback amounts of gift cards, an order and a redemption read back) on
 * the way down, with `scale`'s rounding.
 * Points, quantities and percentages pass unchanged, and so do calls that carry no money
 * (customers, events, session releases). A two-decimal currency needs no conversion: `upstream`
 * itself is returned.
 */
export function currencyUpstream(upstream: Upstream, scale: MoneyScale): Upstream {
  if (scale.minorDigits === 2) return upstream;
  const up: Conversion = { money: scale.toUpstream, missing: scale.toUpstream };
  const down: Conversion = { money: scale.fromUpstream, missing: scale.missingFromUpstream };
  const request = <T>(shape: Shape, body: T) => convert(body, shape, up) as T;
  const response = <T>(shape: Shape, body: T) => convert(body, shape, down) as T;
  return {
    name: upstream.name,
    validate: async (body, signal) =>
      response(VALIDATION, await upstream.validate(request(STACKABLE_REQUEST, body), signal)),
    qualify: async (body, signal) =>
      response(QUALIFICATION, await upstream.qualify(request(ORDER_REQUEST, body), signal)),
    wallet: async (body, signal) =>
      response(QUALIFICATION, await upstream.wallet(request(ORDER_REQUEST, body), signal)),
    redeem: async (body, signal) =>
      response(REDEMPTIONS, await upstream.redeem(request(STACKABLE_REQUEST, body), signal)),
    rollback: async (id, body, signal) =>
      response(ROLLBACKS, await upstream.rollback(id, request(ORDER_REQUEST, body), signal)),
    order: async (orderId, signal) => response(ORDER, await upstream.order(orderId, signal)),
    // A redemption and a rollback carry their amounts in the same fields.
    redemption: async (redemptionId, signal) =>
      response(REDEMPTION, await upstream.redemption(redemptionId, signal)),
    releaseSession: (code, sessionKey, signal) => upstream.releaseSession(code, sessionKey, signal),
    upsertCustomer: (body, signal) => upstream.upsertCustomer(body, signal),
    track: (body, signal) => upstream.track(body, signal),
    payWithPointsReward: (campaignId) => upstream.payWithPointsReward(campaignId),
    close: () => upstream.close(),
  };
}
