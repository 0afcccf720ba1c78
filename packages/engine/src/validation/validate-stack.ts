import type {
  SkippedRedeemableKey,
  ValidationsRedeemable,
  ValidationsRedeemableInapplicable,
  ValidationsRedeemableSkipped,
  ValidationsValidateRequestBody,
  ValidationsValidateResponseBody,
} from '@promokit/voucherify';

import { EngineRequestError } from '../engine-request-error.js';
import type { NewId } from '../ids.js';
import { type Catalog, findVoucher } from '../model/catalog.js';
import type { RedeemableDefinition, RedeemableState } from '../model/redeemable-definition.js';
import { applyDiscount, applyOrderCredit, type DiscountEffect } from '../pricing/apply-discount.js';
import { appliedSoFar, calculatedOrder } from '../pricing/calculated-order.js';
import { cartFromOrder, payable, type Cart, type CartLine } from '../pricing/cart.js';
import { formulaFacts, isDynamic, lineFacts, resolveDiscount } from '../pricing/resolve-discount.js';
import type { EngineDiscount } from '../seed/seed-schema.js';
import { scaleDiscount } from '../pricing/scale-discount.js';
import { requestMembers, type StackMember } from './check-redeemables.js';
import {
  evaluateRedeemable,
  requestFacts,
  type Candidate,
  type EvaluationContext,
} from './evaluate-redeemable.js';
import {
  applicableResult,
  inapplicableResult,
  skippedResult,
  type EngineInapplicable,
  type Rejection,
  type ResultOptions,
} from './redeemable-results.js';
import { resolveSession, sessionResponse, type SessionRecord } from './session.js';
import { trackingIdFor } from './tracking-id.js';

/** Everything {@link validateStack} decides from. */
export interface StackInput extends Omit<EvaluationContext, 'cart'> {
  request: ValidationsValidateRequestBody;
  /** Live counters of the redeemables the request names, by definition id. */
  states: ReadonlyMap<string, RedeemableState>;
  /** Request id shared by every error of this request. */
  requestId: string;
  newId: NewId;
}

/** One applied redeemable: what it took off and what it used. */
export interface AppliedStep {
  candidate: Candidate;
  effect: DiscountEffect;
  /** Gift credits used, hundredths. */
  credits: number;
  /** Loyalty points used. */
  points: number;
  /** The discount as applied, formulas worked out. */
  discount?: EngineDiscount | undefined;
}

/** The response, and what redemption and the session need. */
export interface StackOutcome {
  response: ValidationsValidateResponseBody;
  /** The applied redeemables, in application order (empty when `ALL` mode failed). */
  applied: AppliedStep[];
  /** The order after every applied redeemable. */
  cart: Cart;
  /** The first INAPPLICABLE result, when any. */
  firstRejection: EngineInapplicable | undefined;
  /** The session to store when the request asked for one. */
  session: SessionRecord | undefined;
}

function lookup(member: StackMember, input: StackInput): RedeemableDefinition | undefined {
  return member.object === 'voucher'
    ? findVoucher(input.catalog, member.id)
    : input.catalog.tiers.get(member.id);
}

/**
 * The redeemables as the project knows them: a voucher named by its code (in any case, in a
 * case-insensitive project; however its accents are encoded) is named by the voucher's own code,
 * the "voucher code" the spec's `id` of a validated redeemable is. So one voucher named twice is a
 * duplicate, and answers spell each code as it was created.
 */
function asNamedByProject(
  redeemables: ValidationsValidateRequestBody['redeemables'],
  catalog: Catalog,
): ValidationsValidateRequestBody['redeemables'] {
  return redeemables.map((redeemable) => {
    if (redeemable.object !== 'voucher' || catalog.vouchers.has(redeemable.id)) return redeemable;
    const code = findVoucher(catalog, redeemable.id)?.code;
    return code === undefined || code === redeemable.id ? redeemable : { ...redeemable, id: code };
  });
}

function sortMembers(members: readonly StackMember[], input: StackInput): StackMember[] {
  if (input.catalog.stackingRules.redeemables_sorting_rule !== 'CATEGORY_HIERARCHY') return [...members];
  const rank = (member: StackMember) =>
    Math.min(
      Infinity,
      ...(lookup(member, input)?.categories ?? []).map((category) => category.hierarchy ?? 1),
    );
  return members
    .map((member, index) => ({ member, index, rank: rank(member) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ member }) => member);
}

function categoryIds(candidate: Candidate): string[] {
  return candidate.redeemable.categories.flatMap((category) => (category.id ? [category.id] : []));
}

/**
 * Decides which individually valid candidates the stacking rules let through: joint categories
 * always pass; an exclusive candidate excludes every other that is neither exclusive nor joint;
 * then the exclusive limits, the overall limit and the per-category limits, in order.
 */
function stackingDecisions(
  candidates: readonly Candidate[],
  input: StackInput,
): Map<Candidate, SkippedRedeemableKey> {
  const rules = input.catalog.stackingRules;
  const exclusive = new Set(rules.exclusive_categories);
  const joint = new Set(rules.joint_categories);
  const isExclusive = (candidate: Candidate) => categoryIds(candidate).some((id) => exclusive.has(id));
  const isJoint = (candidate: Candidate) => categoryIds(candidate).some((id) => joint.has(id));
  const anyExclusive = candidates.some(isExclusive);
  const skipped = new Map<Candidate, SkippedRedeemableKey>();
  const perCategory = new Map<string, number>();
  const exclusivePerCategory = new Map<string, number>();
  let applied = 0;
  let appliedExclusive = 0;
  for (const candidate of candidates) {
    if (isJoint(candidate)) continue;
    const ids = categoryIds(candidate);
    if (isExclusive(candidate)) {
      if (appliedExclusive >= rules.applicable_exclusive_redeemables_limit) {
        skipped.set(candidate, 'applicable_exclusive_redeemables_limit_exceeded');
        continue;
      }
      if (
        ids.some(
          (id) =>
            (exclusivePerCategory.get(id) ?? 0) >= rules.applicable_exclusive_redeemables_per_category_limit,
        )
      ) {
        skipped.set(candidate, 'applicable_exclusive_redeemables_per_category_limit_exceeded');
        continue;
      }
    } else if (anyExclusive) {
      skipped.set(candidate, 'exclusion_rules_not_met');
      continue;
    }
    if (applied >= rules.applicable_redeemables_limit) {
      skipped.set(candidate, 'applicable_redeemables_limit_exceeded');
      continue;
    }
    const limitOf = (id: string) =>
      rules.applicable_redeemables_category_limits[id] ?? rules.applicable_redeemables_per_category_limit;
    if (ids.some((id) => (perCategory.get(id) ?? 0) >= limitOf(id))) {
      skipped.set(candidate, 'applicable_redeemables_per_category_limit_exceeded');
      continue;
    }
    applied += 1;
    if (isExclusive(candidate)) {
      appliedExclusive += 1;
      for (const id of ids) exclusivePerCategory.set(id, (exclusivePerCategory.get(id) ?? 0) + 1);
    }
    for (const id of ids) perCategory.set(id, (perCategory.get(id) ?? 0) + 1);
  }
  return skipped;
}

/** Applies one candidate to the cart: its discount, or its gift credits, or its points. */
function applyCandidate(candidate: Candidate, cart: Cart, input: StackInput): AppliedStep {
  const { redeemable, state } = candidate;
  if (redeemable.campaign.type === 'GIFT_VOUCHERS') {
    const available = (state.giftBalance ?? 0) - state.locked.credits;
    const effect = applyOrderCredit(cart, Math.min(candidate.credits ?? available, available));
    return { candidate, effect, credits: effect.orderDiscount, points: 0 };
  }
  const reward = candidate.reward?.definition;
  if (reward?.type === 'MATERIAL') {
    // A product reward: one free unit of the product, added to the order (DIGEST §8 `ADD_NEW_ITEMS`).
    const free = { type: 'UNIT', unit_off: 1, unit_type: reward.productId, effect: 'ADD_NEW_ITEMS' } as const;
    return { candidate, effect: applyDiscount(free, cart, input.catalog), credits: 0, points: reward.points };
  }
  if (reward?.type === 'CAMPAIGN') {
    // A coupon reward takes nothing off this order: the coupon is published when it is redeemed.
    return { candidate, effect: applyOrderCredit(cart, 0), credits: 0, points: reward.points };
  }
  if (candidate.reward !== undefined && reward?.type === 'COIN') {
    const value = reward.pointsValue;
    const available = (state.loyaltyBalance ?? 0) - state.locked.points;
    const wanted = Math.min(
      candidate.reward.points ?? available,
      available,
      Math.ceil(payable(cart) / value),
    );
    const effect = applyOrderCredit(cart, wanted * value);
    return { candidate, effect, credits: 0, points: wanted };
  }
  const rules = input.catalog.stackingRules;
  if (redeemable.discount === undefined)
    return { candidate, effect: applyOrderCredit(cart, 0), credits: 0, points: 0 };
  const { discount, perLine } = dynamicDiscount(
    redeemable.discount,
    cart,
    { customer: input.customer, ...requestFacts(input.request, input) },
    candidate.bundle?.quantity ?? 1,
  );
  const effect = applyDiscount(discount, cart, input.catalog, {
    once: rules.redeemables_products_application_mode === 'ONCE',
    initialAmount: rules.discount_calculation_mode === 'INITIAL_AMOUNT',
    perLine,
  });
  return { candidate, effect, credits: 0, points: 0, discount };
}

/**
 * A discount with its formulas worked out for this order and request (see `resolveDiscount`),
 * scaled by the bundles counted, and for item-level ones the discount of each line.
 */
export function dynamicDiscount(
  own: EngineDiscount,
  cart: Cart,
  input: Pick<EvaluationContext, 'customer' | 'orderMetadata' | 'redemptionMetadata'>,
  bundles: number,
): { discount: EngineDiscount; perLine: ((line: CartLine) => EngineDiscount) | undefined } {
  if (!isDynamic(own)) return { discount: scaleDiscount(own, bundles), perLine: undefined };
  const facts = formulaFacts(cart, {
    customerMetadata: input.customer?.metadata,
    orderMetadata: input.orderMetadata,
    redemptionMetadata: input.redemptionMetadata,
  });
  const itemLevel = own.type !== 'UNIT' && own.effect !== 'APPLY_TO_ORDER';
  return {
    discount: scaleDiscount(resolveDiscount(own, facts), bundles),
    perLine: itemLevel
      ? (line) => scaleDiscount(resolveDiscount(own, lineFacts(facts, line)), bundles)
      : undefined,
  };
}

/**
 * Whether an applied step is skipped for having no effect (`no_effect`): it took nothing off and
 * gave or added no unit, and the stacking rules skip such redeemables (`redeemables_no_effect_rule:
 * SKIP`, unless its category is in `no_effect_redeem_anyway_categories`; or its category is in
 * `no_effect_skip_categories`).
 */
function skippedForNoEffect(step: AppliedStep, input: StackInput): boolean {
  const { effect } = step;
  const total = (values: readonly number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);
  const hasEffect =
    effect.orderDiscount > 0 ||
    total(effect.lineDiscounts) > 0 ||
    total(effect.lineFreeUnits) > 0 ||
    total(effect.lineAddedUnits) > 0 ||
    step.points > 0;
  if (hasEffect) return false;
  const rules = input.catalog.stackingRules;
  const ids = categoryIds(step.candidate);
  if (ids.some((id) => rules.no_effect_redeem_anyway_categories.includes(id))) return false;
  if (ids.some((id) => rules.no_effect_skip_categories.includes(id))) return true;
  return rules.redeemables_no_effect_rule === 'SKIP';
}

/**
 * Validates the requested redeemables against the order, as Voucherify does:
 *
 * - each is checked on its own first (unknown → 404 `not_found`, unusable, rules violated →
 *   INAPPLICABLE with Voucherify's key); in `ALL` mode one INAPPLICABLE makes `valid` false and
 *   every later one SKIPPED (`preceding_validation_failed`); in `PARTIAL` mode the rest go on and
 *   the left-out ones are listed in `inapplicable_redeemables` / `skipped_redeemables`;
 * - stacking rules decide which valid ones apply (see the stacking-rule keys of SKIPPED);
 * - in `REQUESTED_ORDER`, or by category `hierarchy` under `CATEGORY_HIERARCHY`, each applied one
 *   works on what the previous ones left, so the figures accumulate down the stack;
 * - a promotion stack sent alone stands for its tiers, in the stack's own sequence (see
 *   `requestMembers`), answered as `promotion_tier` results.
 *
 * With `options.expand: ["order"]`, each APPLICABLE result carries the order after it. Pure:
 * storage is read before and written after.
 *
 * @throws {EngineRequestError} when the request as a whole is refused.
 */
export function validateStack(input: StackInput): StackOutcome {
  const { request, catalog } = input;
  const redeemables = asNamedByProject(request.redeemables, catalog);
  const { members: requested, stack } = requestMembers(redeemables, catalog, input.requestId);
  if (redeemables.length > catalog.stackingRules.redeemables_limit) {
    throw new EngineRequestError({
      code: 400,
      key: 'invalid_payload',
      message: 'Invalid payload',
      details: `Property .redeemables should NOT have more than ${catalog.stackingRules.redeemables_limit} items`,
      request_id: input.requestId,
    });
  }
  const partial = catalog.stackingRules.redeemables_application_mode === 'PARTIAL';
  const expand = new Set(request.options?.expand ?? []);
  const options: ResultOptions = { requestId: input.requestId, expandRedeemable: expand.has('redeemable') };
  const initial = cartFromOrder(request.order);
  const context: EvaluationContext = { ...requestFacts(request, input), ...input, cart: initial };
  // A stack's tiers apply in the stack's own sequence (`hierarchy_mode: MANUAL`).
  const members = stack === undefined ? sortMembers(requested, input) : [...requested];

  const results = new Map<StackMember, ValidationsRedeemable>();
  const candidates: Candidate[] = [];
  let firstRejection: EngineInapplicable | undefined;
  for (const member of members) {
    if (firstRejection !== undefined && !partial) {
      results.set(member, skippedResult(member, 'preceding_validation_failed'));
      continue;
    }
    const redeemable = lookup(member, input);
    const state = redeemable && input.states.get(redeemable.id);
    const outcome =
      redeemable === undefined || state === undefined
        ? {
            rejection: {
              code: 404,
              key: 'not_found',
              message: 'Resource not found',
              details: `Cannot find ${member.object} with id ${member.id}`,
            } satisfies Rejection,
          }
        : evaluateRedeemable(member, redeemable, state, context);
    if ('rejection' in outcome) {
      const result = inapplicableResult(member, redeemable, outcome.rejection, options);
      firstRejection ??= result;
      results.set(member, result);
      continue;
    }
    candidates.push(outcome.candidate);
  }

  const failed = firstRejection !== undefined && !partial;
  const skips = stackingDecisions(candidates, input);
  let cart = initial;
  const applied: AppliedStep[] = [];
  for (const candidate of candidates) {
    const skip = skips.get(candidate);
    if (skip) {
      results.set(candidate.member, skippedResult(candidate.member, skip));
      continue;
    }
    const step = applyCandidate(candidate, cart, input);
    if (skippedForNoEffect(step, input)) {
      results.set(candidate.member, skippedResult(candidate.member, 'no_effect'));
      continue;
    }
    cart = step.effect.cart;
    applied.push(step);
    const order = expand.has('order') ? calculatedOrder(request.order, cart, step.effect) : undefined;
    results.set(
      candidate.member,
      applicableResult(
        candidate.member,
        candidate.redeemable,
        {
          order,
          gift:
            candidate.redeemable.campaign.type === 'GIFT_VOUCHERS'
              ? { balance: candidate.state.giftBalance ?? 0, credits: step.credits }
              : undefined,
          loyaltyPoints: candidate.reward === undefined ? undefined : step.points,
          bundle: candidate.bundle,
          discount: step.discount,
        },
        options,
      ),
    );
  }

  const ordered = members.flatMap((member) => results.get(member) ?? []);
  const valid = !failed && (applied.length > 0 || firstRejection === undefined);
  const session = request.session ? resolveSession(request.session, input.now, input.newId) : undefined;
  const trackingId = trackingIdFor(request);
  return {
    response: {
      id: input.newId('validation'),
      valid,
      redeemables: partial ? ordered.filter((result) => result.status === 'APPLICABLE') : ordered,
      ...(partial
        ? {
            skipped_redeemables: ordered.filter(
              (r): r is ValidationsRedeemableSkipped => r.status === 'SKIPPED',
            ),
            inapplicable_redeemables: ordered.filter(
              (r): r is ValidationsRedeemableInapplicable => r.status === 'INAPPLICABLE',
            ),
          }
        : {}),
      ...(valid ? { order: calculatedOrder(request.order, cart, appliedSoFar(cart)) } : {}),
      ...(trackingId === undefined ? {} : { tracking_id: trackingId }),
      ...(session === undefined ? {} : { session: sessionResponse(session) }),
      stacking_rules: catalog.stackingRules,
    },
    applied: failed ? [] : applied,
    cart,
    firstRejection,
    session,
  };
}
