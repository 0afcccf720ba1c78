import type { Category } from '@promokit/voucherify';

import type { Seed, SeedCampaign, SeedSegment, ValidationRule } from '../seed/seed-schema.js';
import { DEFAULT_STACKING_RULES, type ResolvedStackingRules } from '../validation/stacking-rules.js';
import { codeKeyOf } from './code-key.js';
import type { CampaignDefinition, RedeemableDefinition, Validity } from './redeemable-definition.js';

/** What every loyalty reward has: its `rew_…` id, name and loyalty campaign. */
interface RewardBase {
  id: string;
  name: string;
  campaignId: string;
  /** ISO date-time, the reward's `created_at`. */
  createdAt: string;
}

/**
 * A loyalty reward (spec `Reward`, `RewardType`): pay with points (`COIN`, each point worth
 * `pointsValue` hundredths), one free unit of `productId` (`MATERIAL`), or a coupon of the
 * `DISCOUNT_COUPONS` campaign `couponCampaignId` (`CAMPAIGN`), the last two for `points` points.
 */
export type RewardDefinition =
  | (RewardBase & { type: 'COIN'; pointsValue: number })
  | (RewardBase & { type: 'MATERIAL'; points: number; productId: string })
  | (RewardBase & { type: 'CAMPAIGN'; points: number; couponCampaignId: string });

/**
 * A promotion stack (`stack_…`, spec `PromotionStack`): tiers of one promotion campaign, applied in
 * the sequence `tierIds` lists (`hierarchy_mode: MANUAL`).
 */
export interface PromotionStackDefinition {
  id: string;
  name: string;
  campaignId: string;
  campaignName: string;
  /** `promo_…` ids, in the order they apply; 1 to 30. */
  tierIds: readonly string[];
  hierarchyMode: 'MANUAL';
  categoryId: string | undefined;
  categories: readonly Category[];
  /** ISO date-time; the qualification paging cursor. */
  createdAt: string;
}

/** A loyalty tier (`ltr_…`): its holders earned from `from` (included) to `to` (excluded) points. */
export interface LoyaltyTierDefinition {
  id: string;
  name: string;
  from: number;
  to: number | undefined;
}

/** Everything the seed defines, indexed for evaluation; immutable until the next reseed. */
export interface Catalog {
  stackingRules: ResolvedStackingRules;
  /** Every code and tier, newest first (qualifications' default order). */
  redeemables: readonly RedeemableDefinition[];
  /** Codes by `v_…` id. */
  vouchers: ReadonlyMap<string, RedeemableDefinition>;
  /** Codes by the key of their code under the project's matching ({@link Catalog.codeKey}). */
  codes: ReadonlyMap<string, RedeemableDefinition>;
  /** The project's matching of codes (`case_sensitive_codes`, see `codeKeyOf`). */
  codeKey: (code: string) => string;
  /** Promotion tiers by `promo_…` id. */
  tiers: ReadonlyMap<string, RedeemableDefinition>;
  /** Promotion stacks by `stack_…` id, in seed order. */
  stacks: ReadonlyMap<string, PromotionStackDefinition>;
  /** Product ids of each collection. */
  collections: ReadonlyMap<string, ReadonlySet<string>>;
  /** Unit prices of known products, hundredths. */
  productPrices: ReadonlyMap<string, number>;
  /** Names of known products. */
  productNames: ReadonlyMap<string, string>;
  /** Loyalty rewards by `rew_…` id, each program's in seed order. */
  rewards: ReadonlyMap<string, RewardDefinition>;
  /** Campaign types by campaign id. */
  campaignTypes: ReadonlyMap<string, SeedCampaign['type']>;
  /** The project's IANA time zone (seed `time_zone`): local days, months and hours are read in it. */
  timeZone: string;
  /** Customer segments, which `customer.segment` rules name. */
  segments: readonly SeedSegment[];
  /** Loyalty tiers by program (campaign id): points from (included) and to (excluded). */
  loyaltyTiers: ReadonlyMap<string, readonly LoyaltyTierDefinition[]>;
}

/** `created_at` of what the seed dates nowhere. */
const EPOCH = '2024-01-01T00:00:00.000Z';

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** Milliseconds in an ISO 8601 duration of days, hours and minutes. */
function durationMs(iso: string): number {
  const [, days = '0', hours = '0', minutes = '0'] = DURATION.exec(iso) ?? [];
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000;
}

interface ValiditySource {
  active: boolean;
  start_date?: string | undefined;
  expiration_date?: string | undefined;
  validity_day_of_week?: number[] | undefined;
  validity_timeframe?: { interval: string; duration: string } | undefined;
  validity_hours?:
    { daily: { start_time: string; expiration_time: string; days_of_week: number[] }[] } | undefined;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function validityOf(own: ValiditySource, campaign: ValiditySource, timeZone: string): Validity {
  const timeframe = own.validity_timeframe ?? campaign.validity_timeframe;
  const hours = own.validity_hours ?? campaign.validity_hours;
  return {
    timeZone,
    hours: hours?.daily.map((period) => ({
      from: minutes(period.start_time),
      until: minutes(period.expiration_time),
      days: period.days_of_week,
    })),
    active: own.active && campaign.active,
    startDate: own.start_date ?? campaign.start_date,
    expirationDate: own.expiration_date ?? campaign.expiration_date,
    daysOfWeek: own.validity_day_of_week ?? campaign.validity_day_of_week,
    timeframe:
      timeframe === undefined
        ? undefined
        : { intervalMs: durationMs(timeframe.interval), durationMs: durationMs(timeframe.duration) },
  };
}

/** A referral campaign's conversion event, as the engine keeps it. */
function conversionOf(
  program: Extract<SeedCampaign, { type: 'REFERRAL_PROGRAM' }>['referral_program'],
): CampaignDefinition['conversion'] {
  return program.conversion_event_type === 'custom_event'
    ? { type: 'custom_event', eventName: program.custom_event.name }
    : { type: 'redemption' };
}

/**
 * The voucher a request names, by its `v_…` id or by its code as the project matches codes (in a
 * case-insensitive project, in any case).
 */
export function findVoucher(catalog: Catalog, idOrCode: string): RedeemableDefinition | undefined {
  return catalog.vouchers.get(idOrCode) ?? catalog.codes.get(catalog.codeKey(idOrCode));
}

/**
 * Indexes a checked seed; codes by the key of the seed's `case_sensitive_codes`. Redeemables
 * without `created_at` get one a second apart, in seed order.
 */
export function buildCatalog(seed: Seed): Catalog {
  const rules = new Map(seed.validation_rules.map((rule) => [rule.id, rule]));
  const categories = new Map<string, Category>(
    seed.categories.map((category) => [
      category.id,
      {
        id: category.id,
        name: category.name,
        hierarchy: category.hierarchy,
        ...(category.stacking_rules_type ? { stacking_rules_type: category.stacking_rules_type } : {}),
        object: 'category',
      },
    ]),
  );
  const rulesOf = (ids: readonly string[]): ValidationRule[] => ids.flatMap((id) => rules.get(id) ?? []);
  const categoriesOf = (ids: readonly string[]): Category[] =>
    ids.flatMap<Category>((id) => categories.get(id) ?? []);
  const rewards = new Map<string, RewardDefinition>();
  const redeemables: RedeemableDefinition[] = [];
  let clock = Date.parse('2024-01-01T00:00:00Z');
  const nextCreatedAt = () => new Date((clock += 1000)).toISOString();

  for (const campaign of seed.campaigns) {
    const definition: CampaignDefinition = {
      id: campaign.id,
      name: campaign.name,
      type: campaign.type,
      earning: campaign.type === 'LOYALTY_PROGRAM' ? campaign.earning : undefined,
      referrerPoints: campaign.type === 'REFERRAL_PROGRAM' ? campaign.referrer_reward?.points : undefined,
      referrerCampaignId:
        campaign.type === 'REFERRAL_PROGRAM' ? campaign.referrer_reward?.campaign?.id : undefined,
      conversion: campaign.type === 'REFERRAL_PROGRAM' ? conversionOf(campaign.referral_program) : undefined,
    };
    const base = {
      campaign: definition,
      banner: undefined,
      name: undefined,
      giftAmount: undefined,
      holder: undefined,
      quantity: undefined,
    };
    if (campaign.type === 'PROMOTION') {
      for (const tier of campaign.tiers) {
        redeemables.push({
          ...base,
          object: 'promotion_tier',
          id: tier.id,
          code: undefined,
          name: tier.name,
          banner: tier.banner,
          discount: tier.discount,
          validity: validityOf(tier, campaign, seed.time_zone),
          rules: rulesOf([...campaign.validation_rules, ...tier.validation_rules]),
          categories: categoriesOf(tier.categories ?? campaign.categories),
          metadata: { ...campaign.metadata, ...tier.metadata },
          createdAt: campaign.created_at ?? nextCreatedAt(),
        });
      }
      continue;
    }
    if (campaign.type === 'LOYALTY_PROGRAM') {
      for (const reward of campaign.rewards) {
        const base = {
          id: reward.id,
          name: reward.name,
          campaignId: campaign.id,
          createdAt: campaign.created_at ?? EPOCH,
        };
        rewards.set(
          reward.id,
          reward.type === 'MATERIAL'
            ? { ...base, type: 'MATERIAL', points: reward.points ?? 0, productId: reward.product?.id ?? '' }
            : reward.type === 'CAMPAIGN'
              ? {
                  ...base,
                  type: 'CAMPAIGN',
                  points: reward.points ?? 0,
                  couponCampaignId: reward.campaign?.id ?? '',
                }
              : { ...base, type: 'COIN', pointsValue: reward.points_value ?? 1 },
        );
      }
    }
    for (const voucher of campaign.vouchers) {
      redeemables.push({
        ...base,
        object: 'voucher',
        id: voucher.id,
        code: voucher.code,
        discount:
          'discount' in voucher
            ? voucher.discount
            : campaign.type === 'REFERRAL_PROGRAM'
              ? campaign.discount
              : undefined,
        giftAmount: 'gift' in voucher ? voucher.gift.amount : undefined,
        holder: voucher.holder,
        validity: validityOf(voucher, campaign, seed.time_zone),
        quantity: voucher.quantity,
        rules: rulesOf(campaign.validation_rules),
        categories: categoriesOf(campaign.categories),
        metadata: { ...campaign.metadata, ...voucher.metadata },
        createdAt: campaign.created_at ?? nextCreatedAt(),
      });
    }
  }
  redeemables.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));

  const codeKey = codeKeyOf(seed.case_sensitive_codes);
  const vouchers = new Map<string, RedeemableDefinition>();
  const codes = new Map<string, RedeemableDefinition>();
  const tiers = new Map<string, RedeemableDefinition>();
  for (const redeemable of redeemables) {
    if (redeemable.object === 'promotion_tier') tiers.set(redeemable.id, redeemable);
    else {
      vouchers.set(redeemable.id, redeemable);
      if (redeemable.code !== undefined) codes.set(codeKey(redeemable.code), redeemable);
    }
  }
  const campaignNames = new Map(seed.campaigns.map((campaign) => [campaign.id, campaign.name]));
  const stacks = new Map<string, PromotionStackDefinition>(
    seed.promotion_stacks.map((stack) => [
      stack.id,
      {
        id: stack.id,
        name: stack.name,
        campaignId: stack.campaign_id,
        campaignName: campaignNames.get(stack.campaign_id) ?? stack.campaign_id,
        tierIds: stack.tiers.ids,
        hierarchyMode: stack.tiers.hierarchy_mode,
        categoryId: stack.category_id,
        categories: stack.category_id === undefined ? [] : categoriesOf([stack.category_id]),
        createdAt: stack.created_at ?? nextCreatedAt(),
      },
    ]),
  );
  return {
    stacks,
    stackingRules: {
      ...DEFAULT_STACKING_RULES,
      applicable_redeemables_category_limits: {},
      no_effect_skip_categories: [],
      no_effect_redeem_anyway_categories: [],
      ...seed.stacking_rules,
      ...exclusiveAndJoint(seed),
    },
    redeemables,
    vouchers,
    codes,
    codeKey,
    tiers,
    collections: new Map(seed.collections.map((collection) => [collection.id, new Set(collection.products)])),
    productPrices: new Map(seed.products.map((product) => [product.id, product.price])),
    productNames: new Map(seed.products.map((product) => [product.id, product.name])),
    rewards,
    campaignTypes: new Map(seed.campaigns.map((campaign) => [campaign.id, campaign.type])),
    timeZone: seed.time_zone,
    segments: seed.segments,
    loyaltyTiers: new Map(
      seed.campaigns.flatMap((campaign) =>
        campaign.type === 'LOYALTY_PROGRAM' && campaign.tiers !== undefined
          ? [
              [
                campaign.id,
                campaign.tiers.map((tier) => ({
                  id: tier.id,
                  name: tier.name,
                  from: tier.points.from,
                  to: tier.points.to,
                })),
              ] as const,
            ]
          : [],
      ),
    ),
  };
}

/** `exclusive_categories` / `joint_categories` from the categories' stacking types. */
function exclusiveAndJoint(seed: Seed): { exclusive_categories: string[]; joint_categories: string[] } {
  const of = (type: 'EXCLUSIVE' | 'JOINT') =>
    seed.categories
      .filter((category) => category.stacking_rules_type === type)
      .map((category) => category.id);
  return { exclusive_categories: of('EXCLUSIVE'), joint_categories: of('JOINT') };
}
