import { SHIPPING_PRODUCT, type Metadata } from '@promokit/voucherify';

import type { CartLine } from '../pricing/cart.js';
import {
  RULE_NAMES,
  type RuleItemRef,
  type RuleName,
  type SeedRuleNode,
  type SeedRuleSet,
} from '../seed/seed-rule-set-schema.js';
import { evaluateRuleLogic, parseRuleLogic, type RuleLogic } from './rule-logic.js';
import { conditionsHold, LOWER_BOUND_OPERATORS, type RuleConditions } from './rule-operators.js';
import type { RuleContext, RuleViolationKey } from './rule-violation.js';

/** Why one rule of a set failed: Voucherify's key for it, and for an amount minimum, the shortfall. */
export interface RuleSetFailure {
  key: RuleViolationKey;
  /** Hundredths the order lacks to meet an `order.amount` minimum. */
  shortfall?: number;
  /** The failing rule's own `error.message`. */
  message?: string;
}

/** The outcome of a rule set: whether its logic holds, and every failing rule's failure. */
export interface RuleSetOutcome {
  holds: boolean;
  failures: RuleSetFailure[];
}

/** An order line with its index in the order. */
type Line = { line: CartLine; index: number };

const logicCache = new Map<string, RuleLogic>();

function logicOf(logic: string): RuleLogic {
  let parsed = logicCache.get(logic);
  if (parsed === undefined) {
    parsed = parseRuleLogic(logic);
    logicCache.set(logic, parsed);
  }
  return parsed;
}

/** Counts, for `redemption.count.*` rules, of the campaign's earlier redemptions. */
export type RedemptionWindow = 'all' | 'day' | 'month';

/** What a rule name needs from the request: the customer, or nothing beyond the order. */
export function ruleNeedsCustomer(name: RuleName): boolean {
  return name.startsWith('customer.') || name.startsWith('redemption.count.per_customer');
}

/** Whether a rule name counts redemptions (qualifications ignore these, as Voucherify's do). */
export function ruleCountsRedemptions(name: RuleName): boolean {
  return name.startsWith('redemption.count.');
}

/** Every rule name a set uses, nested ones included. */
export function ruleNamesOf(set: SeedRuleSet): RuleName[] {
  return Object.entries(set).flatMap(([key, node]) =>
    key === 'logic' || typeof node !== 'object' || node === undefined
      ? []
      : [node.name, ...(node.rules ? ruleNamesOf(node.rules) : [])],
  );
}

function lineMetadata(line: CartLine): Metadata {
  const item = line.item;
  return { ...(item?.sku?.metadata ?? {}), ...(item?.product?.metadata ?? {}), ...(item?.metadata ?? {}) };
}

function matchesRef(line: CartLine, ref: RuleItemRef, context: RuleContext): boolean {
  if (ref.object === 'products_collection') {
    const members = context.catalog.collections.get(ref.id);
    return members !== undefined && line.ids.some((id) => members.has(id));
  }
  return (
    line.ids.includes(ref.id) ||
    (ref.source_id !== undefined && line.ids.includes(ref.source_id)) ||
    (ref.product_id !== undefined && line.ids.includes(ref.product_id))
  );
}

function refsOf(conditions: RuleConditions | undefined): RuleItemRef[] {
  return [...(conditions?.$is ?? []), ...(conditions?.$in ?? [])] as RuleItemRef[];
}

const sum = (lines: readonly Line[], of: (line: CartLine) => number) =>
  lines.reduce((total, { line }) => total + of(line), 0);
const each = (lines: readonly Line[], test: (line: CartLine) => boolean) =>
  lines.length > 0 && lines.every(({ line }) => test(line));

const orderKey = (name: RuleName): RuleViolationKey =>
  name.startsWith('customer.')
    ? 'customer_rules_violated'
    : name.startsWith('redemption.count.')
      ? 'redemption_rules_violated'
      : name === 'redemption.metadata'
        ? 'redemption_rules_violated'
        : 'order_rules_violated';

/** Whether a customer belongs to a segment the rule lists, read through the context. */
function inSegments(values: readonly unknown[], segments: ReadonlySet<string>): boolean {
  return values.some((value) => typeof value === 'string' && segments.has(value));
}

interface Evaluation {
  context: RuleContext;
  /** Treat `order.amount` / `order.initial_amount` minimums as met (to tell a shortfall). */
  assumeAmountMet: boolean;
}

/**
 * One value rule. `undefined` when it holds; otherwise why not. An `order.amount` written only
 * with lower bounds reports how much the order lacks.
 */
function valueRule(
  node: SeedRuleNode,
  scope: readonly Line[],
  evaluation: Evaluation,
): RuleSetFailure | undefined {
  const { context } = evaluation;
  const conditions = node.conditions ?? {};
  const name = node.name;
  const fail = (extra: Partial<RuleSetFailure> = {}): RuleSetFailure => ({
    key: orderKey(name),
    ...(node.error ? { message: node.error.message } : {}),
    ...extra,
  });
  const customer = context.customer;
  if (ruleNeedsCustomer(name) && customer === undefined) return fail({ key: 'missing_customer' });
  const holds = (actual: unknown) => conditionsHold(conditions, actual);
  const property = node.property ?? '';
  switch (name) {
    case 'order.amount':
    case 'order.initial_amount': {
      const amount = name === 'order.amount' ? context.cart.amount : context.cart.initialAmount;
      if (holds(amount)) return undefined;
      const bounds = Object.entries(conditions);
      const minimumOnly =
        bounds.length > 0 && bounds.every(([operator]) => LOWER_BOUND_OPERATORS.has(operator as never));
      if (!minimumOnly) return fail();
      if (evaluation.assumeAmountMet) return undefined;
      const needed = Math.max(
        ...bounds.map(([operator, values]) => Number(values?.[0] ?? 0) + (operator === '$more_than' ? 1 : 0)),
      );
      return fail({ shortfall: Math.max(0, Math.ceil(needed - amount)) });
    }
    case 'order.items.count':
      return holds(sum(scope, (line) => line.quantity)) ? undefined : fail();
    case 'order.items.price_any':
      return scope.some(({ line }) => holds(line.price)) ? undefined : fail();
    case 'order.items.price_each':
      return each(scope, (line) => holds(line.price)) ? undefined : fail();
    case 'order.metadata':
      return holds(context.orderMetadata?.[property]) ? undefined : fail();
    case 'redemption.metadata':
      return holds(context.redemptionMetadata?.[property]) ? undefined : fail();
    case 'customer.metadata':
      return holds(customer?.metadata[property]) ? undefined : fail();
    case 'customer.segment':
    case 'customer.loyalty.tier': {
      const segments =
        (name === 'customer.segment' ? context.customerSegments?.() : context.customerTiers?.()) ??
        new Set<string>();
      const positive = [...(conditions.$is ?? []), ...(conditions.$in ?? [])];
      const negative = [...(conditions.$is_not ?? []), ...(conditions.$not_in ?? [])];
      const ok =
        (positive.length === 0 || inSegments(positive, segments)) &&
        (negative.length === 0 || !inSegments(negative, segments));
      return ok ? undefined : fail();
    }
    case 'redemption.count.per_customer':
    case 'redemption.count.per_customer.daily':
    case 'redemption.count.per_customer.monthly':
    case 'redemption.count.daily':
    case 'redemption.count.monthly': {
      const window: RedemptionWindow = name.endsWith('daily')
        ? 'day'
        : name.endsWith('monthly')
          ? 'month'
          : 'all';
      const byCustomer = name.startsWith('redemption.count.per_customer');
      // This redemption counts too: "at most 1" means once.
      const count =
        (context.redemptionCount?.(context.campaignId ?? '', byCustomer ? 'customer' : 'campaign', window) ??
          0) + 1;
      return holds(count) ? undefined : fail();
    }
    default:
      return scopedRule(node, scope, holds) ? undefined : fail();
  }
}

/** A value of the lines in scope: every line's, or their sum for the `aggregated_*` names. */
function scopedRule(
  node: SeedRuleNode,
  scope: readonly Line[],
  holds: (actual: unknown) => boolean,
): boolean {
  switch (node.name) {
    case 'order.items.quantity':
      return each(scope, (line) => holds(line.quantity));
    case 'order.items.aggregated_quantity':
      return holds(sum(scope, (line) => line.quantity));
    case 'order.items.price':
      return each(scope, (line) => holds(line.price));
    case 'order.items.amount':
      return each(scope, (line) => holds(line.amount));
    case 'order.items.aggregated_amount':
      return holds(sum(scope, (line) => line.amount));
    case 'order.items.metadata':
      return each(scope, (line) => holds(lineMetadata(line)[node.property ?? '']));
    default:
      return false;
  }
}

/** An `items` rule: which lines hold the listed products, and whether its nested rules hold on them. */
function itemsRule(node: SeedRuleNode, scope: readonly Line[], evaluation: Evaluation): boolean {
  const { context } = evaluation;
  const refs = refsOf(node.conditions);
  const nested = (lines: readonly Line[]) =>
    lines.length > 0 && (node.rules === undefined || evaluate(node.rules, lines, evaluation).holds);
  const linesOf = (ref: RuleItemRef) => scope.filter(({ line }) => matchesRef(line, ref, context));
  switch (node.name) {
    case 'order.items.any':
      return refs.some((ref) => nested(linesOf(ref)));
    case 'order.items.every':
      return refs.every((ref) => nested(linesOf(ref)));
    case 'order.items.none':
      return !refs.some((ref) => nested(linesOf(ref)));
    case 'order.items.cheapest':
    case 'order.items.most_expensive': {
      const cheapest = node.name === 'order.items.cheapest';
      const priced = scope.filter(({ line }) => line.quantity > 0);
      const pick = priced.reduce<Line | undefined>(
        (best, entry) =>
          best === undefined ||
          (cheapest ? entry.line.price < best.line.price : entry.line.price > best.line.price)
            ? entry
            : best,
        undefined,
      );
      return pick !== undefined && refs.some((ref) => matchesRef(pick.line, ref, context)) && nested([pick]);
    }
    default:
      return false;
  }
}

function evaluate(set: SeedRuleSet, scope: readonly Line[], evaluation: Evaluation): RuleSetOutcome {
  if (set.logic === undefined) return { holds: true, failures: [] };
  const results = new Map<string, RuleSetFailure | undefined>();
  const ignore = evaluation.context.ignoreRule;
  const resultOf = (key: string): RuleSetFailure | undefined => {
    if (results.has(key)) return results.get(key);
    const node = set[key] as SeedRuleNode;
    let failure: RuleSetFailure | undefined;
    if (ignore?.(node.name)) failure = undefined;
    else if (RULE_NAMES[node.name] === 'items') {
      failure = itemsRule(node, scope, evaluation)
        ? undefined
        : { key: 'order_rules_violated', ...(node.error ? { message: node.error.message } : {}) };
    } else failure = valueRule(node, scope, evaluation);
    results.set(key, failure);
    return failure;
  };
  const holds = evaluateRuleLogic(logicOf(set.logic), (key) => resultOf(key) === undefined);
  const failures = [...results.values()].filter(
    (failure): failure is RuleSetFailure => failure !== undefined,
  );
  return { holds, failures: holds ? [] : failures };
}

/**
 * The order lines a rule set reads: the goods the request sent, not units a discount added nor the
 * shipping line (`prod_5h1pp1ng`), which is no item a shopper counts or compares prices with.
 */
function requestLines(context: RuleContext): Line[] {
  return context.cart.lines.flatMap((line, index) =>
    line.item === undefined || line.ids.includes(SHIPPING_PRODUCT.id) ? [] : [{ line, index }],
  );
}

/**
 * Checks a rule set as Voucherify writes it against the order, customer and request. Each rule is
 * evaluated once, and its `logic` decides. When the set fails, every failing rule is reported;
 * `missingAmount` is set when meeting its `order.amount` minimums alone would make the set hold
 * (the largest shortfall among them), so that adding to the cart is the way to qualify. Pure.
 */
export function checkRuleSet(
  set: SeedRuleSet,
  context: RuleContext,
): { holds: boolean; failures: RuleSetFailure[]; missingAmount: number | undefined } {
  const lines = requestLines(context);
  const outcome = evaluate(set, lines, { context, assumeAmountMet: false });
  if (outcome.holds) return { holds: true, failures: [], missingAmount: undefined };
  const shortfalls = outcome.failures.flatMap((failure) =>
    failure.shortfall === undefined ? [] : [failure.shortfall],
  );
  const byAmountAlone =
    shortfalls.length > 0 && evaluate(set, lines, { context, assumeAmountMet: true }).holds;
  return {
    holds: false,
    failures: outcome.failures,
    missingAmount: byAmountAlone ? Math.max(...shortfalls) : undefined,
  };
}
