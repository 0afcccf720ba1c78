import type { Metadata } from '@promokit/voucherify';

import type { RejectionErrorKey } from '../error-keys.js';
import type { Catalog, RewardDefinition } from '../model/catalog.js';
import { segmentsOf } from '../model/customer-segments.js';
import type { RedeemableDefinition, RedeemableState } from '../model/redeemable-definition.js';
import type { Cart } from '../pricing/cart.js';
import type { ValidationRule } from '../seed/seed-schema.js';
import {
  checkRules,
  type BundleProgress,
  type RuleContext,
  type RuleCustomer,
  type RuleViolation,
} from '../rules/rule-violation.js';
import { ruleCountsRedemptions } from '../rules/rule-set.js';
import { unavailableReason, type UnavailableReason } from '../rules/voucher-availability.js';
import { windowStart } from '../rules/time-windows.js';
import type { StackMember } from './check-redeemables.js';
import type { Rejection } from './redeemable-results.js';

/** The customer of a request as stored, with what rules need. */
export interface RequestCustomer extends Omit<RuleCustomer, 'campaignRedemptions'> {
  id: string;
}

/**
 * What rules read from a request besides the order's lines and amount: its `order.metadata`, its
 * top-level (redemption) `metadata`, and the segments of its customer (worked out once, when a
 * `customer.segment` rule first asks).
 */
export function requestFacts(
  request: { order?: { metadata?: Metadata | null } | null; metadata?: Metadata | null },
  input: { catalog: Catalog; customer: RequestCustomer | undefined },
): Pick<EvaluationContext, 'orderMetadata' | 'redemptionMetadata' | 'customerSegments'> {
  let segments: ReadonlySet<string> | undefined;
  const customer = input.customer;
  return {
    orderMetadata: request.order?.metadata ?? undefined,
    redemptionMetadata: request.metadata ?? undefined,
    customerSegments: () =>
      (segments ??= customer ? segmentsOf(input.catalog.segments, customer) : new Set()),
  };
}

/** What evaluating one redeemable alone needs besides the redeemable. */
export interface EvaluationContext {
  catalog: Catalog;
  /** The order before any redeemable. */
  cart: Cart;
  customer: RequestCustomer | undefined;
  now: Date;
  /**
   * Successful redemption counts of a campaign, in all and by the request's customer: ever, or
   * from `since` (an ISO instant) on.
   */
  campaignRedemptions(campaignId: string, since?: string): { total: number; byCustomer: number };
  /** The request's `order.metadata`, for `order.metadata` rules. */
  orderMetadata?: Metadata | undefined;
  /** The request's top-level `metadata` (redemption metadata), for `redemption.metadata` rules. */
  redemptionMetadata?: Metadata | undefined;
  /** Ids of the segments the request's customer belongs to, for `customer.segment` rules. */
  customerSegments?: (() => ReadonlySet<string>) | undefined;
  /** Ids of the loyalty tiers the request's customer is in, for `customer.loyalty.tier` rules. */
  customerTiers?: (() => ReadonlySet<string>) | undefined;
  /**
   * Codes of a `DISCOUNT_COUPONS` campaign not published yet, which a `CAMPAIGN` loyalty reward
   * publishes; unchecked when absent.
   */
  couponsLeft?: ((campaignId: string) => number) | undefined;
  /**
   * Skip rules about redemption counts (qualifications ignore them, as Voucherify's do), and the
   * cost of the reward a loyalty card is asked with (a card is listed whatever its rewards cost).
   */
  ignoreRedemptionLimits?: boolean;
  /** Check only rules about the customer (the `AUDIENCE_ONLY` qualification scenario). */
  audienceOnly?: boolean;
}

/** A redeemable that passed every check on its own, with what it asks to use. */
export interface Candidate {
  member: StackMember;
  redeemable: RedeemableDefinition;
  state: RedeemableState;
  bundle: BundleProgress | undefined;
  /** Gift credits asked for (`undefined`: as much as the order takes). */
  credits: number | undefined;
  /**
   * A loyalty card's reward and its points: those asked for (pay with points, `undefined` for as
   * many as the order takes), or a product's or coupon's cost.
   */
  reward: { definition: RewardDefinition; points: number | undefined } | undefined;
}

const UNAVAILABLE_MESSAGES: Record<UnavailableReason, string> = {
  voucher_disabled: 'voucher is disabled',
  voucher_not_active: 'voucher not active',
  voucher_expired: 'voucher expired',
  voucher_not_active_now: 'voucher not active now',
  quantity_exceeded: 'quantity exceeded',
  promotion_inactive: 'Inactive Promotion',
  promotion_not_active_now: 'promotion not active now',
};

const RULE_MESSAGES = {
  order_rules_violated: 'order does not match validation rules',
  customer_rules_violated: 'customer does not match validation rules',
  redemption_rules_violated: 'redemption does not match validation rules',
  missing_customer: 'Missing customer',
} as const;

function rejection(code: number, key: RejectionErrorKey, message: string, details: string): Rejection {
  return { code, key, message, details };
}

const REDEEMABLE_NAMES = {
  DISCOUNT_COUPONS: 'Discount Coupon',
  PROMOTION: 'Promotion Tier',
  GIFT_VOUCHERS: 'Gift Card',
  LOYALTY_PROGRAM: 'Loyalty Card',
  REFERRAL_PROGRAM: 'Referral Code',
} as const;

/** The refusal of a redeemable whose validation rules are violated, as Voucherify words it. */
function ruleRejection(
  redeemable: RedeemableDefinition,
  violation: RuleViolation,
  bundle: BundleProgress | undefined,
): Rejection {
  return {
    code: 400,
    key: violation.key,
    message: RULE_MESSAGES[violation.key],
    details:
      violation.key === 'missing_customer'
        ? 'Customer is required to validate rules'
        : `${REDEEMABLE_NAMES[redeemable.campaign.type]} cannot be redeemed because of violated validation rules: ${violation.ruleIds.join(', ')}`,
    customMessage: violation.message,
    missingAmount: violation.missingAmount,
    bundle,
  };
}

/** `rules` cut down to their `code_holder` conditions, dropping rules without one. */
function holderRules(rules: readonly ValidationRule[]): ValidationRule[] {
  return rules.flatMap((rule) => {
    if (!('conditions' in rule)) return [];
    const conditions = rule.conditions.filter((condition) => condition.type === 'code_holder');
    return conditions.length > 0 ? [{ ...rule, conditions }] : [];
  });
}

/** What the rules of every redeemable of one request share, built once per request. */
interface SharedRuleFacts {
  redemptionCount: NonNullable<RuleContext['redemptionCount']>;
  ignoreRule: NonNullable<RuleContext['ignoreRule']>;
}

const sharedFacts = new WeakMap<EvaluationContext, SharedRuleFacts>();

function sharedFactsOf(context: EvaluationContext): SharedRuleFacts {
  let facts = sharedFacts.get(context);
  if (facts === undefined) {
    facts = {
      redemptionCount: (campaignId, scope, window) => {
        const since =
          window === 'all' ? undefined : windowStart(context.now, context.catalog.timeZone, window);
        const counted = context.campaignRedemptions(campaignId, since);
        return scope === 'customer' ? counted.byCustomer : counted.total;
      },
      ignoreRule: (name) =>
        (context.ignoreRedemptionLimits === true && ruleCountsRedemptions(name)) ||
        (context.audienceOnly === true && !name.startsWith('customer.')),
    };
    sharedFacts.set(context, facts);
  }
  return facts;
}

/** What one redeemable's rules are checked against, with the request's shared facts. */
function ruleContextOf(
  redeemable: RedeemableDefinition,
  context: EvaluationContext,
  counts: { total: number; byCustomer: number },
): RuleContext {
  const shared = sharedFactsOf(context);
  return {
    cart: context.cart,
    customer: context.customer && { ...context.customer, campaignRedemptions: counts.byCustomer },
    holder: redeemable.holder,
    campaignRedemptions: counts.total,
    catalog: context.catalog,
    campaignId: redeemable.campaign.id,
    orderMetadata: context.orderMetadata,
    redemptionMetadata: context.redemptionMetadata,
    customerSegments: context.customerSegments,
    customerTiers: context.customerTiers,
    redemptionCount: shared.redemptionCount,
    ignoreRule: shared.ignoreRule,
  };
}

/** Loyalty-card checks: a reward is required, known, and the customer holds the card with enough points. */
function checkLoyalty(
  member: StackMember,
  redeemable: RedeemableDefinition,
  state: RedeemableState,
  context: EvaluationContext,
): Rejection | Candidate['reward'] {
  const reward = member.object === 'voucher' ? member.reward : undefined;
  if (!reward?.id) {
    return rejection(
      400,
      'missing_reward',
      'Missing reward',
      'A reward is required when redeeming a LOYALTY_CARD',
    );
  }
  const definition = context.catalog.rewards.get(reward.id);
  if (definition === undefined || definition.campaignId !== redeemable.campaign.id) {
    return rejection(404, 'not_found', 'Resource not found', `Cannot find reward with id ${reward.id}`);
  }
  if (context.customer?.sourceId !== redeemable.holder) {
    return rejection(
      400,
      'invalid_customer',
      'Customer must be a holder of a loyalty card.',
      redeemable.code ?? redeemable.id,
    );
  }
  const available = (state.loyaltyBalance ?? 0) - state.locked.points;
  // A product or a coupon costs its points whatever `points` says (they size pay with points only).
  const cost = definition.type === 'COIN' ? (reward.points ?? 0) : definition.points;
  // Qualifications list a card whatever its rewards cost: its balance tells what it buys.
  if (cost > available && context.ignoreRedemptionLimits !== true) {
    return rejection(
      400,
      'loyalty_card_points_exceeded',
      'loyalty card points exceeded',
      redeemable.code ?? redeemable.id,
    );
  }
  if (definition.type === 'CAMPAIGN' && (context.couponsLeft?.(definition.couponCampaignId) ?? 1) < 1) {
    return rejection(
      400,
      'quantity_exceeded',
      'quantity exceeded',
      `No coupon of ${definition.couponCampaignId} is left for reward ${definition.id}`,
    );
  }
  return { definition, points: definition.type === 'COIN' ? (reward.points ?? undefined) : cost };
}

/**
 * Checks one redeemable on its own, against the order before any discount: whether its rules
 * admit only the code's holder and the customer is not that holder (Voucherify's "Redemption only
 * by code holder", first, so that no one else learns its state or balance), availability (active,
 * dates, time window, uses left), what its campaign type requires (gift balance, loyalty reward and
 * holder, referral code not used by its referrer) and its validation rules. Pure.
 */
export function evaluateRedeemable(
  member: StackMember,
  defined: RedeemableDefinition,
  state: RedeemableState,
  context: EvaluationContext,
): { candidate: Candidate } | { rejection: Rejection } {
  // A code published since the seed (a reward, a referrer's card) is held by whom it went to.
  const redeemable =
    state.holder !== undefined && state.holder !== defined.holder
      ? { ...defined, holder: state.holder }
      : defined;
  // Someone who does not hold a code only its holder may use learns nothing more of it than
  // that: the "Redemption only by code holder" rule is checked first, before its state (uses
  // left, uses other sessions hold) and before balances and points, which a refusal would
  // otherwise reveal (`gift_amount_exceeded` for credits above the balance).
  const ruleContext = (counts: { total: number; byCustomer: number }) =>
    ruleContextOf(redeemable, context, counts);
  // Most redeemables have no holder rule, nor any rule: their context is not even built.
  const holders = holderRules(redeemable.rules);
  const notHolder =
    holders.length === 0
      ? undefined
      : checkRules(holders, ruleContext({ total: 0, byCustomer: 0 })).violation;
  if (notHolder) return { rejection: ruleRejection(redeemable, notHolder, undefined) };
  const unavailable = unavailableReason(redeemable, state, context.now);
  if (unavailable) {
    return {
      rejection: rejection(
        400,
        unavailable,
        UNAVAILABLE_MESSAGES[unavailable],
        redeemable.code ?? redeemable.id,
      ),
    };
  }
  const type = redeemable.campaign.type;
  let credits: number | undefined;
  let reward: Candidate['reward'];
  if (type === 'GIFT_VOUCHERS') {
    credits = member.object === 'voucher' ? (member.gift?.credits ?? undefined) : undefined;
    const available = (state.giftBalance ?? 0) - state.locked.credits;
    if ((credits ?? 0) > available || available <= 0) {
      return {
        rejection: rejection(
          400,
          'gift_amount_exceeded',
          'gift amount exceeded',
          redeemable.code ?? redeemable.id,
        ),
      };
    }
  }
  if (type === 'LOYALTY_PROGRAM') {
    const checked = checkLoyalty(member, redeemable, state, context);
    if (checked !== undefined && 'key' in checked) return { rejection: checked };
    reward = checked;
  }
  if (
    type === 'REFERRAL_PROGRAM' &&
    context.customer !== undefined &&
    context.customer.sourceId === redeemable.holder
  ) {
    return {
      rejection: rejection(
        400,
        'referrer_not_permitted_to_redeem',
        'voucher cannot be redeemed by referrer',
        redeemable.code ?? redeemable.id,
      ),
    };
  }
  const countsRule = (rule: ValidationRule) =>
    'conditions' in rule &&
    rule.conditions.some((c) => c.type === 'redemptions_per_customer' || c.type === 'total_redemptions');
  const rules = context.ignoreRedemptionLimits
    ? redeemable.rules.filter((rule) => !countsRule(rule))
    : redeemable.rules;
  // Counting redemptions reads storage: only for rules that count them.
  const counts = rules.some(countsRule)
    ? context.campaignRedemptions(redeemable.campaign.id)
    : { total: 0, byCustomer: 0 };
  const { violation, bundle } =
    rules.length === 0 ? { violation: undefined, bundle: undefined } : checkRules(rules, ruleContext(counts));
  if (violation) return { rejection: ruleRejection(redeemable, violation, bundle) };
  return { candidate: { member, redeemable, state, bundle, credits, reward } };
}
