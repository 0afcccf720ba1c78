/** Whether the engine does what Voucherify does for a capability. */
export type Support = 'yes' | 'no' | 'partly';

/**
 * One capability a storefront's promotions touch: Voucherify's behaviour with where it is
 * documented (the spec `readOnly-openAPI.json` or a section of `DIGEST.md`), whether the engine
 * supports it, and the test (under `src/`) that proves a supported one.
 */
export interface Capability {
  capability: string;
  voucherify: string;
  reference: string;
  support: Support;
  /** What is missing, for `no` and `partly`. */
  gap?: string;
  /** The test file, relative to `src/`, that proves it; required unless `support` is `no`. */
  test?: string;
}

/**
 * The engine's coverage of Voucherify, the single source of the README's coverage table
 * (`coverageTable`, checked against the README by `coverage.test.ts`).
 */
export const CAPABILITIES: readonly Capability[] = [
  {
    capability: 'Discount effects: amount, percent, fixed price, order and items',
    voucherify: 'AMOUNT / PERCENT / FIXED on the order or items, limits per line and per order',
    reference: 'DIGEST §8; spec `Discount`',
    support: 'yes',
    test: 'pricing/apply-discount.test.ts',
  },
  {
    capability: 'Free units: ADD_MISSING_ITEMS, ADD_NEW_ITEMS, free shipping',
    voucherify: 'UNIT discounts add free units; free shipping is `prod_5h1pp1ng`',
    reference: 'DIGEST §8',
    support: 'yes',
    test: 'pricing/apply-discount.test.ts',
  },
  {
    capability: 'Free units: ADD_MANY_ITEMS, ADD_SAME_ITEMS',
    voucherify: 'several products at once; more of the same product',
    reference: 'spec `DiscountUnitMultiple`, `DiscountUnitVouchersEffectTypes`',
    support: 'yes',
    gap: 'ADD_SAME_ITEMS is undocumented; read as free units on the line that holds the product',
    test: 'pricing/free-units.test.ts',
  },
  {
    capability: 'Bundles and bundle scaling',
    voucherify: '`result.bundle` with identified and missing items; discount times bundles',
    reference: 'DIGEST §8; spec `Bundle`',
    support: 'yes',
    test: 'pricing/scale-discount.test.ts',
  },
  {
    capability: 'Dynamic discounts (`*_formula`)',
    voucherify: 'values from order, customer and item data; static value as fallback',
    reference: 'DIGEST §8; spec `Discount*` `*_formula` examples',
    support: 'partly',
    gap: 'formula names beyond order, metadata and line data (e.g. VOUCHER_PUBLISH_COUNT) refuse the seed',
    test: 'pricing/discount-formula.test.ts',
  },
  {
    capability: 'Validation rule sets: and / or logic, nesting',
    voucherify: 'keyed rules joined by `logic`, nested under item rules',
    reference: 'spec `ValidationRuleRules` and its examples',
    support: 'yes',
    test: 'rules/rule-set.test.ts',
  },
  {
    capability: 'Cart structure rules',
    voucherify:
      'units counted; any / every / none of products, SKUs, collections; price of each / any item; cheapest, most expensive; matched subtotal',
    reference: 'spec `order.items.every`, `order.items.price_any` examples',
    support: 'yes',
    test: 'rules/rule-set.test.ts',
  },
  {
    capability: 'Customer segments and metadata rules',
    voucherify:
      'static and metadata-filtered segments; customer, order, redemption metadata with every operator',
    reference: 'spec `customer.segment`, `order.metadata` examples; DIGEST §11',
    support: 'yes',
    test: 'model/customer-segments.test.ts',
  },
  {
    capability: 'Custom event metadata rules',
    voucherify: '`custom_event.metadata` in rules',
    reference: 'spec validation-rules examples',
    support: 'no',
    gap: 'a seed naming it is refused',
  },
  {
    capability: 'Redemption limits per customer per day and month',
    voucherify: 'redemptions counted in the local day or month of the project',
    reference: 'DIGEST §4 (limits), §11 `redemption_rules_violated`',
    support: 'yes',
    test: 'rules/time-windows.test.ts',
  },
  {
    capability: 'Validity dates, days of week, hours, time frames',
    voucherify: '`voucher_not_active_now` outside days and hours, in the project time zone',
    reference: 'spec `ValidityHours`, `ValidityDayOfWeek`, `ValidityTimeframe`; DIGEST §11',
    support: 'yes',
    test: 'rules/time-windows.test.ts',
  },
  {
    capability: 'Stacking limits, categories, sorting, PARTIAL mode',
    voucherify: 'limits 30/5/1/1/1, exclusive and joint categories, CATEGORY_HIERARCHY',
    reference: 'DIGEST §5, §9',
    support: 'yes',
    test: 'validation/stacking.test.ts',
  },
  {
    capability: 'Stacking settings: no effect, once per product, initial amount, rollback mode',
    voucherify: 'SKIP `no_effect`; ONCE; INITIAL_AMOUNT; WITHOUT_ORDER rollbacks',
    reference: 'DIGEST §5, §7, §9',
    support: 'yes',
    test: 'validation/stacking-settings.test.ts',
  },
  {
    capability: 'Qualification scenarios',
    voucherify: 'ALL, CUSTOMER_WALLET, AUDIENCE_ONLY, PRODUCTS(_DISCOUNT)(_BY_CUSTOMER), PROMOTION_STACKS',
    reference: 'DIGEST §4; spec `QualificationsCheckEligibilityRequestBody`',
    support: 'yes',
    test: 'qualifications/qualify-scenarios.test.ts',
  },
  {
    capability: 'Promotion stacks',
    voucherify:
      '`stack_…` tiers of one promotion in a set sequence; validated and redeemed alone; the PROMOTION_STACKS scenario',
    reference:
      'DIGEST §4, §5, §9; spec `PromotionStack`, `RedeemPromotionStack`, `QualificationsRedeemable.redeemables`',
    support: 'partly',
    gap: "seed-defined only (no `/v1/promotions/stacks` endpoints); the spec does not say whether the project's stacking limits apply to a stack's tiers: the engine applies them, as to tiers sent one by one; `ALL` lists stacks too (the spec's `object` enum has `promotion_stack`)",
    test: 'engine-promotion-stacks.test.ts',
  },
  {
    capability: 'Sessions (LOCK)',
    voucherify: 'a validation reserves uses, credits and points until redeemed or released',
    reference: 'DIGEST §10',
    support: 'yes',
    test: 'engine.test.ts',
  },
  {
    capability: 'Redemptions and rollbacks',
    voucherify: 'stacked parent and children, rollbacks with negative amounts',
    reference: 'DIGEST §6, §7',
    support: 'yes',
    test: 'engine-redemptions.test.ts',
  },
  {
    capability: 'Gift cards',
    voucherify: 'credits as an order-level deduction, balance kept',
    reference: 'DIGEST §9',
    support: 'yes',
    test: 'engine.test.ts',
  },
  {
    capability: 'Loyalty: pay with points',
    voucherify: '`reward: {id, points}` on a loyalty card',
    reference: 'DIGEST §9',
    support: 'yes',
    test: 'engine-redemptions.test.ts',
  },
  {
    capability: 'Loyalty: earning points when an order is paid',
    voucherify:
      'earning rules award points when an order becomes paid; a created, unpaid order earns nothing',
    reference: 'spec `POST /v1/orders`, `OrdersCreateRequestBody`, context `earning_rule.order.paid`',
    support: 'partly',
    gap: "one earning rule per program (points per amount of the order's total)",
    test: 'orders/upsert-order.test.ts',
  },
  {
    capability: 'Loyalty: points taken back when a paid order is canceled',
    voucherify:
      'the spec is silent: `POST /v1/orders` takes `status: CANCELED`, and only rollbacks are said to return points',
    reference: 'spec `OrdersCreateRequestBody`, `customer.order.canceled`; DIGEST §2, §7',
    support: 'partly',
    gap: 'the obvious reversal: a PAID order set CANCELED loses the points its payment earned (never below zero) and its customer the order; an order a redemption paid gives its points back when the redemption is rolled back',
    test: 'orders/upsert-order.test.ts',
  },
  {
    capability: 'Loyalty tiers',
    voucherify: "tiers by points earned; rules on the member's tier",
    reference: 'spec `LoyaltyTier`; rule `customer.loyalty.tier`',
    support: 'partly',
    gap: "the spec's tier endpoints (`/v1/loyalties/…/tiers`) are deprecated and not modelled; a loyalty card in qualifications carries its holder's tier and the points to the next one as the PromoKit extension `result.promokit.loyalty_tier`, which Voucherify never sends",
    test: 'orders/upsert-order.test.ts',
  },
  {
    capability: 'Loyalty rewards besides pay with points',
    voucherify:
      'a free product (`MATERIAL`) or a coupon (`CAMPAIGN`) for points, chosen by `reward: {id}` on the card; the redemption carries the `reward` with the product or the published `voucher`',
    reference:
      'spec `Reward`, `RewardType`, `RewardAssignment`, `RedemptionRewardResult`; DIGEST §5, §9; example `06-redemptions-rollback-single.json`',
    support: 'partly',
    gap: "a product reward adds one free unit of its product (no SKU, no stock); a coupon reward publishes the next unpublished code of a seeded DISCOUNT_COUPONS campaign (none is generated; gift-card and points rewards are not modelled); a card's rewards are listed at `GET /v1/loyalties/members/{memberId}/rewards` (`affordable_only` the one filter) and, as the PromoKit extension `result.promokit.rewards`, in qualifications, where the BFF's wallet reads them (over Voucherify itself it asks that endpoint)",
    test: 'rewards/loyalty-rewards.test.ts',
  },
  {
    capability: 'Referrals',
    voucherify: 'referrer rewarded per unique referee on redemption or custom event',
    reference: 'DIGEST §9, §14; spec `RewardTypeCampaign`, `EventCustomerRewarded`',
    support: 'partly',
    gap: "the referrer's reward is points on a card they hold, points on a card of a named program (its next unpublished card is published to a referrer holding none), or the next unpublished coupon of a named campaign; one tier (each unique referee), no referee reward, and a rollback takes back points but not a published card or coupon",
    test: 'referrals/convert-referral.test.ts',
  },
];

const HEADER = ['capability', 'Voucherify', 'reference', 'supported', 'test'] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * The README's coverage table, as markdown: one row per {@link CAPABILITIES} entry, the gap of a
 * capability not fully supported after its support.
 */
export function coverageTable(capabilities: readonly Capability[] = CAPABILITIES): string {
  const rows = capabilities.map((entry) => [
    entry.capability,
    entry.voucherify,
    entry.reference,
    entry.gap === undefined ? entry.support : `${entry.support}: ${entry.gap}`,
    entry.test === undefined ? '' : `\`src/${entry.test}\``,
  ]);
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map(line)].join('\n');
}
