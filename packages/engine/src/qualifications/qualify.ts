import type {
  QualificationsCheckEligibilityRequestBody,
  QualificationsCheckEligibilityResponseBody,
  QualificationsRedeemable,
} from '@promokit/voucherify';

import { EngineRequestError } from '../engine-request-error.js';
import type { Catalog, PromotionStackDefinition } from '../model/catalog.js';
import type { RedeemableDefinition, RedeemableState } from '../model/redeemable-definition.js';
import { applyDiscount, applyOrderCredit, type DiscountEffect } from '../pricing/apply-discount.js';
import { calculatedOrder } from '../pricing/calculated-order.js';
import { cartFromOrder, payable } from '../pricing/cart.js';
import { ruleNamesOf } from '../rules/rule-set.js';
import { RULE_NAMES } from '../seed/seed-rule-set-schema.js';
import type { StackMember } from '../validation/check-redeemables.js';
import { dynamicDiscount } from '../validation/validate-stack.js';
import {
  evaluateRedeemable,
  requestFacts,
  type EvaluationContext,
} from '../validation/evaluate-redeemable.js';
import {
  redeemableDetails,
  rejectionError,
  targetLists,
  wireDiscount,
} from '../validation/redeemable-results.js';
import { trackingIdFor } from '../validation/tracking-id.js';
import { loyaltyTierOf } from '../customers/loyalty-tier-of.js';
import { loyaltyReward } from '../rewards/loyalty-reward.js';
import { qualifyStack } from './qualify-stack.js';

/** Everything {@link qualify} decides from. */
export interface QualifyInput extends Omit<EvaluationContext, 'cart' | 'ignoreRedemptionLimits'> {
  request: QualificationsCheckEligibilityRequestBody;
  /** Counters of a redeemable; codes not published to anyone get zeroed ones. */
  stateOf(redeemable: RedeemableDefinition): RedeemableState | undefined;
  /** Codes whose uses are all taken. */
  usedUp: ReadonlySet<string>;
  /** Ids of the codes published to the request's customer (by the seed or since). */
  held?: ReadonlySet<string> | undefined;
  requestId: string;
}

const DEFAULT_LIMIT = 5;

/** Filter conditions on one field, whatever its value type. */
type Conditions = Partial<
  Record<'$is' | '$is_not' | '$in' | '$not_in' | '$has_value' | '$is_unknown', unknown>
>;
const CUSTOMER_CONDITIONS = new Set(['customer_metadata', 'first_order', 'code_holder']);

/** A filter field's values, and whether a condition's value names one of them. */
interface FieldValues {
  values: readonly string[];
  named?: (value: string) => boolean;
}

function fieldMatches(conditions: Conditions | null | undefined, field: FieldValues): boolean {
  if (!conditions) return true;
  const { $is, $is_not, $in, $not_in, $has_value, $is_unknown } = conditions;
  const { values, named = (value: string) => values.includes(value) } = field;
  const list = (value: unknown): string[] =>
    Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];
  if ($is != null && !list($is).some(named)) return false;
  if ($in != null && !list($in).some(named)) return false;
  if ($is_not != null && list($is_not).some(named)) return false;
  if ($not_in != null && list($not_in).some(named)) return false;
  if ($has_value !== undefined && values.length === 0) return false;
  if ($is_unknown !== undefined && values.length > 0) return false;
  return true;
}

/** What qualification filters read of a code, tier or promotion stack. */
interface FilterSubject {
  object: string;
  id: string;
  code: string | undefined;
  campaignType: string;
  campaignId: string;
  categoryIds: readonly string[];
}

function subjectOf(redeemable: RedeemableDefinition): FilterSubject {
  return {
    object: redeemable.object,
    id: redeemable.id,
    code: redeemable.code,
    campaignType: redeemable.campaign.type,
    campaignId: redeemable.campaign.id,
    categoryIds: redeemable.categories.flatMap((c) => (c.id ? [c.id] : [])),
  };
}

/** A promotion stack as filters read it: of its `PROMOTION` campaign, in its own category. */
function stackSubject(stack: PromotionStackDefinition): FilterSubject {
  return {
    object: 'promotion_stack',
    id: stack.id,
    code: undefined,
    campaignType: 'PROMOTION',
    campaignId: stack.campaignId,
    categoryIds: stack.categoryId === undefined ? [] : [stack.categoryId],
  };
}

function passesFilters(
  subject: FilterSubject,
  request: QualificationsCheckEligibilityRequestBody,
  codeKey: (code: string) => string,
): boolean {
  const filters = request.options?.filters;
  if (!filters) return true;
  // A code is named as the project matches codes (`case_sensitive_codes`); an id exactly.
  const code = subject.code;
  const namesCode = (value: string) => code !== undefined && codeKey(value) === codeKey(code);
  const checks: [Conditions | null | undefined, FieldValues][] = [
    [filters.campaign_type?.conditions, { values: [subject.campaignType] }],
    [filters.resource_type?.conditions, { values: [subject.object] }],
    [filters.campaign_id?.conditions, { values: [subject.campaignId] }],
    [
      filters.resource_id?.conditions,
      {
        values: [subject.id, ...(code ? [code] : [])],
        named: (value) => value === subject.id || namesCode(value),
      },
    ],
    [filters.code?.conditions, { values: code ? [code] : [], named: namesCode }],
    [filters.category_id?.conditions, { values: subject.categoryIds }],
  ];
  const present = checks.filter(([conditions]) => conditions != null);
  if (present.length === 0) return true;
  const results = present.map(([conditions, field]) => fieldMatches(conditions, field));
  return filters.junction === 'or' ? results.some(Boolean) : results.every(Boolean);
}

function targetsItems(redeemable: RedeemableDefinition): boolean {
  const discount = redeemable.discount;
  return discount !== undefined && (discount.type === 'UNIT' || (discount.applicable_to?.length ?? 0) > 0);
}

/** Campaigns whose codes belong to one customer each. */
const PERSONAL_CAMPAIGNS = new Set(['GIFT_VOUCHERS', 'LOYALTY_PROGRAM', 'REFERRAL_PROGRAM']);

/**
 * The scenarios the engine answers, each with the scenario whose filter it applies. The
 * `*_BY_CUSTOMER` ones are `PRODUCTS` / `PRODUCTS_DISCOUNT` for the customer sent, which they
 * require; the engine's `PRODUCTS` already checks the audience rules of the customer it is sent.
 * `PROMOTION_STACKS` lists the promotion stacks that apply, and only them (see `qualifyStack`);
 * `ALL` lists them too, among the codes and tiers.
 */
export const ANSWERED_SCENARIOS = {
  ALL: 'ALL',
  CUSTOMER_WALLET: 'CUSTOMER_WALLET',
  AUDIENCE_ONLY: 'AUDIENCE_ONLY',
  PRODUCTS: 'PRODUCTS',
  PRODUCTS_DISCOUNT: 'PRODUCTS_DISCOUNT',
  PRODUCTS_BY_CUSTOMER: 'PRODUCTS',
  PRODUCTS_DISCOUNT_BY_CUSTOMER: 'PRODUCTS_DISCOUNT',
  PROMOTION_STACKS: 'PROMOTION_STACKS',
} as const;

type AnsweredScenario = keyof typeof ANSWERED_SCENARIOS;

/**
 * The request's scenario as the engine answers it.
 *
 * @throws {EngineRequestError} 400 `invalid_payload` for a scenario the engine cannot answer
 * (never answered as `ALL` instead), and for a `*_BY_CUSTOMER` scenario without a customer.
 */
function scenarioOf(
  request: QualificationsCheckEligibilityRequestBody,
  requestId: string,
): (typeof ANSWERED_SCENARIOS)[AnsweredScenario] {
  const scenario = request.scenario ?? 'ALL';
  const refuse = (details: string): never => {
    throw new EngineRequestError({
      code: 400,
      key: 'invalid_payload',
      message: 'Invalid payload',
      details,
      request_id: requestId,
    });
  };
  if (!(scenario in ANSWERED_SCENARIOS)) {
    return refuse(
      `Scenario ${scenario} is not supported by this engine; use one of ${Object.keys(ANSWERED_SCENARIOS).join(', ')}`,
    );
  }
  if (scenario.endsWith('_BY_CUSTOMER') && !request.customer?.id && !request.customer?.source_id) {
    refuse(`Scenario ${scenario} requires a customer with an id or source_id`);
  }
  return ANSWERED_SCENARIOS[scenario as AnsweredScenario];
}

function inScenario(redeemable: RedeemableDefinition, input: QualifyInput): boolean {
  const scenario = ANSWERED_SCENARIOS[(input.request.scenario ?? 'ALL') as AnsweredScenario];
  const source = input.customer?.sourceId;
  const held =
    (redeemable.holder !== undefined && redeemable.holder === source) ||
    input.held?.has(redeemable.id) === true;
  const personal = PERSONAL_CAMPAIGNS.has(redeemable.campaign.type);
  if (scenario === 'PROMOTION_STACKS') return false;
  if (scenario === 'CUSTOMER_WALLET') return held;
  if (!held && (redeemable.holder !== undefined || personal)) return false;
  if (redeemable.campaign.type === 'REFERRAL_PROGRAM') return false;
  if (scenario === 'PRODUCTS_DISCOUNT') return targetsItems(redeemable);
  if (scenario === 'PRODUCTS') {
    return (
      targetsItems(redeemable) ||
      redeemable.rules.some((rule) =>
        'conditions' in rule
          ? rule.conditions.some((c) => c.type === 'order_items' || c.type === 'bundle')
          : ruleNamesOf(rule.rules).some((name) => RULE_NAMES[name] === 'items'),
      )
    );
  }
  return true;
}

function memberOf(redeemable: RedeemableDefinition, catalog: Catalog): StackMember {
  if (redeemable.object === 'promotion_tier') return { object: 'promotion_tier', id: redeemable.id };
  // A card qualifies paying with points; a program without that reward is asked its first one.
  const rewards = [...catalog.rewards.values()].filter((r) => r.campaignId === redeemable.campaign.id);
  const reward = rewards.find((r) => r.type === 'COIN') ?? rewards[0];
  return {
    object: 'voucher',
    id: redeemable.code ?? redeemable.id,
    ...(reward ? { reward: { id: reward.id } } : {}),
  };
}

/** A redeemable that qualifies (or is an offer within reach), before its wire shape is built. */
interface Assessment {
  redeemable: RedeemableDefinition;
  member: StackMember;
  state: RedeemableState;
  outcome: ReturnType<typeof evaluateRedeemable>;
  /** What it takes off the order; `undefined` for an offer not met yet (or an own referral code). */
  effect: DiscountEffect | undefined;
  /** Points a loyalty card would pay with. */
  points: number | undefined;
  /** `order.total_applied_discount_amount`: what deal sorting compares. */
  deal: number;
}

/** Decides whether one redeemable qualifies and what it takes off; `undefined` when it does not qualify. */
function assess(
  redeemable: RedeemableDefinition,
  input: QualifyInput,
  context: EvaluationContext,
): Assessment | undefined {
  const state = input.stateOf(redeemable);
  if (state === undefined) return undefined;
  const audienceOnly = input.request.scenario === 'AUDIENCE_ONLY';
  const evaluated: RedeemableDefinition = audienceOnly
    ? {
        ...redeemable,
        rules: redeemable.rules.filter(
          (rule) => !('conditions' in rule) || rule.conditions.every((c) => CUSTOMER_CONDITIONS.has(c.type)),
        ),
      }
    : redeemable;
  const member = memberOf(redeemable, input.catalog);
  const outcome = evaluateRedeemable(member, evaluated, state, context);
  const assessment = { redeemable, member, state, outcome, points: undefined, deal: 0 };
  if ('rejection' in outcome) {
    const { rejection } = outcome;
    const offer = rejection.missingAmount !== undefined || rejection.bundle?.missing !== undefined;
    const ownReferral = rejection.key === 'referrer_not_permitted_to_redeem';
    return offer || ownReferral ? { ...assessment, effect: undefined } : undefined;
  }
  const { candidate } = outcome;
  let effect: DiscountEffect;
  let points: number | undefined;
  if (redeemable.campaign.type === 'GIFT_VOUCHERS') {
    effect = applyOrderCredit(context.cart, (state.giftBalance ?? 0) - state.locked.credits);
  } else if (candidate.reward !== undefined) {
    const reward = candidate.reward.definition;
    const value = reward.type === 'COIN' ? reward.pointsValue : 0;
    points = value ? Math.min(state.loyaltyBalance ?? 0, Math.ceil(payable(context.cart) / value)) : 0;
    effect = applyOrderCredit(context.cart, points * value);
  } else {
    if (redeemable.discount === undefined || audienceOnly) effect = applyOrderCredit(context.cart, 0);
    else {
      const { discount, perLine } = dynamicDiscount(
        redeemable.discount,
        context.cart,
        context,
        candidate.bundle?.quantity ?? 1,
      );
      effect = applyDiscount(discount, context.cart, input.catalog, { perLine });
    }
  }
  const deal = effect.orderDiscount + effect.lineDiscounts.reduce((sum, value) => sum + value, 0);
  return { ...assessment, effect, points, deal };
}

/**
 * A redeemable's discount as the cart would get it: formulas worked out on the request's order
 * (its static value the fallback), scaled by the bundles the cart holds, as validations answer it.
 * A near miss shows what it would take off the cart as it is.
 */
function discountFor(
  redeemable: RedeemableDefinition,
  context: EvaluationContext,
  bundles: number,
): { discount?: ReturnType<typeof wireDiscount> } {
  if (redeemable.discount === undefined) return {};
  return {
    discount: wireDiscount(dynamicDiscount(redeemable.discount, context.cart, context, bundles).discount),
  };
}

/** The wire shape of an assessed redeemable; built only for the page returned. */
function toWire(
  { redeemable, member, state, outcome, effect, points }: Assessment,
  input: QualifyInput,
  context: EvaluationContext,
): QualificationsRedeemable {
  const expand = new Set(input.request.options?.expand ?? []);
  const base = {
    id: member.id,
    object: redeemable.object,
    created_at: redeemable.createdAt,
    ...targetLists(redeemable.discount),
    ...redeemableDetails(redeemable, expand.has('redeemable')),
    categories: [...redeemable.categories],
    ...(expand.has('validation_rules')
      ? {
          validation_rules_assignments: {
            object: 'list',
            data_ref: 'data',
            data: redeemable.rules.map((rule) => ({
              rule_id: rule.id,
              related_object_id: redeemable.id,
              related_object_type: redeemable.object,
              object: 'validation_rules_assignment',
            })),
            total: redeemable.rules.length,
          },
        }
      : {}),
  };
  if ('rejection' in outcome || effect === undefined) {
    const rejection = 'rejection' in outcome ? outcome.rejection : undefined;
    const ownReferral = rejection?.key === 'referrer_not_permitted_to_redeem';
    return {
      ...base,
      result: {
        ...discountFor(redeemable, context, 1),
        ...(rejection?.bundle === undefined ? {} : { bundle: rejection.bundle }),
        ...(ownReferral && rejection ? { error: rejectionError(member, rejection, input.requestId) } : {}),
        ...(rejection?.missingAmount === undefined
          ? {}
          : { promokit: { missing_amount: rejection.missingAmount } }),
      },
      order: calculatedOrder(input.request.order, context.cart, { orderDiscount: 0, lineDiscounts: [] }),
    };
  }
  const order = calculatedOrder(input.request.order, effect.cart, effect);
  if (redeemable.campaign.type === 'GIFT_VOUCHERS') {
    return {
      ...base,
      result: {
        gift: {
          balance: state.giftBalance ?? 0,
          credits: effect.orderDiscount,
          ...(input.request.session ? { locked_credits: state.locked.credits } : {}),
        },
      },
      order,
    };
  }
  if (points !== undefined) {
    const reward = outcome.candidate.reward?.definition;
    const value = reward?.type === 'COIN' ? reward.pointsValue : undefined;
    const tier = loyaltyTierOf(
      input.catalog.loyaltyTiers.get(redeemable.campaign.id) ?? [],
      state.loyaltyPoints ?? 0,
    );
    // What else the card's points buy: its program's products and coupons, with their cost.
    const rewards = [...input.catalog.rewards.values()]
      .filter((other) => other.campaignId === redeemable.campaign.id && other.type !== 'COIN')
      .map(loyaltyReward);
    const promokit = { ...(tier ? { loyalty_tier: tier } : {}), rewards };
    return {
      ...base,
      result: {
        loyalty_card: {
          points,
          balance: state.loyaltyBalance ?? 0,
          ...(value === undefined ? {} : { exchange_ratio: value }),
        },
        promokit,
      },
      order,
    };
  }
  return {
    ...base,
    result: {
      ...discountFor(redeemable, context, outcome.candidate.bundle?.quantity ?? 1),
      ...(outcome.candidate.bundle === undefined ? {} : { bundle: outcome.candidate.bundle }),
    },
    order,
  };
}

/**
 * `POST /v1/qualifications`: every redeemable that applies to the customer and order on its own,
 * in the request's scenario (see {@link ANSWERED_SCENARIOS}; any other is refused with a 400) and
 * filters, sorted (`DEFAULT`: newest first; `BEST_DEAL` /
 * `LEAST_DEAL`: by `order.total_applied_discount_amount`) and paged (`limit`, default 5, at most
 * 50; `starting_after` is the `created_at` of the last one seen). As Voucherify's, it ignores
 * redemption-count limits.
 *
 * PromoKit extension: an offer whose only unmet rule is an order-amount minimum is listed too,
 * with `result.promokit.missing_amount` (hundredths still needed) and the order without its
 * discount, so a storefront can say "Add $12.00 more". A bundle with missing items is listed with
 * `result.bundle.missing`, as Voucherify does. Pure.
 */
export function qualify(input: QualifyInput): QualificationsCheckEligibilityResponseBody {
  const { request, catalog } = input;
  const scenario = scenarioOf(request, input.requestId);
  const cart = cartFromOrder(request.order);
  const context: EvaluationContext = {
    ...requestFacts(request, input),
    ...input,
    cart,
    ignoreRedemptionLimits: true,
    audienceOnly: request.scenario === 'AUDIENCE_ONLY',
  };
  // Only what sorting and paging need is kept of each match; the page's few are assessed again
  // for their wire shape, so a large catalog's priced carts are not all held at once.
  const found: { createdAt: string; deal: number; wire: () => QualificationsRedeemable }[] = [];
  for (const redeemable of catalog.redeemables) {
    if (
      input.usedUp.has(redeemable.id) ||
      !inScenario(redeemable, input) ||
      !passesFilters(subjectOf(redeemable), request, catalog.codeKey)
    ) {
      continue;
    }
    const assessed = assess(redeemable, input, context);
    if (assessed === undefined) continue;
    found.push({
      createdAt: redeemable.createdAt,
      deal: assessed.deal,
      wire: () => {
        const again = assess(redeemable, input, context);
        if (again === undefined) throw new Error(`${redeemable.id} stopped qualifying while being listed`);
        return toWire(again, input, context);
      },
    });
  }
  if (scenario === 'ALL' || scenario === 'PROMOTION_STACKS') {
    for (const stack of catalog.stacks.values()) {
      if (!passesFilters(stackSubject(stack), request, catalog.codeKey)) continue;
      const qualified = qualifyStack(stack, input);
      if (qualified !== undefined) {
        found.push({ createdAt: stack.createdAt, deal: qualified.deal, wire: () => qualified.wire });
      }
    }
  }
  const sorting = request.options?.sorting_rule ?? 'DEFAULT';
  if (sorting !== 'DEFAULT') {
    const sign = sorting === 'BEST_DEAL' ? -1 : 1;
    found.sort((a, b) => sign * (a.deal - b.deal));
  } else {
    // Newest first; codes and tiers already are, so only stacks move.
    found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }
  const cursor = request.options?.starting_after;
  const start = cursor ? found.findIndex((entry) => entry.createdAt === cursor) + 1 : 0;
  const rest =
    cursor && start === 0 && sorting === 'DEFAULT'
      ? found.filter((entry) => entry.createdAt < cursor)
      : found.slice(start);
  const limit = request.options?.limit ?? DEFAULT_LIMIT;
  const page = rest.slice(0, limit).map((entry) => entry.wire());
  const trackingId = trackingIdFor(request);
  return {
    redeemables: {
      object: 'list',
      data_ref: 'data',
      data: page,
      total: page.length,
      has_more: rest.length > limit,
      ...(rest.length > limit ? { more_starting_after: page.at(-1)?.created_at ?? null } : {}),
    },
    ...(trackingId === undefined ? {} : { tracking_id: trackingId }),
    order: calculatedOrder(request.order, cart, { orderDiscount: 0, lineDiscounts: [] }),
    stacking_rules: catalog.stackingRules,
  };
}
