import type { Metadata } from '@promokit/voucherify';

import type { RejectionErrorKey } from '../error-keys.js';
import type { PricingCatalog } from '../pricing/apply-discount.js';
import type { Cart } from '../pricing/cart.js';
import type { RuleName } from '../seed/seed-rule-set-schema.js';
import type { RuleCondition, ValidationRule } from '../seed/seed-schema.js';
import { checkRuleSet, type RedemptionWindow } from './rule-set.js';

/** The customer as rules see it. */
export interface RuleCustomer {
  /** The storefront's id of the customer (`source_id`), which a code's holder is named by. */
  sourceId: string;
  metadata: Metadata;
  /** Orders placed before this one. */
  ordersCount: number;
  /** Times this customer redeemed the campaign before. */
  campaignRedemptions: number;
}

/** What validation rules are checked against. */
export interface RuleContext {
  /** The order before any discount. */
  cart: Cart;
  customer: RuleCustomer | undefined;
  /** The `source_id` of the customer the code is published to; `undefined` for none (or a tier). */
  holder: string | undefined;
  /** Times the campaign was redeemed in all. */
  campaignRedemptions: number;
  catalog: PricingCatalog;
  /** The request's `order.metadata`, which `order.metadata` rules read. */
  orderMetadata?: Metadata | undefined;
  /** The request's top-level `metadata` (redemption metadata), which `redemption.metadata` rules read. */
  redemptionMetadata?: Metadata | undefined;
  /** Ids of the segments (`seg_…`) the customer belongs to; read only by `customer.segment` rules. */
  customerSegments?: (() => ReadonlySet<string>) | undefined;
  /** Ids of the loyalty tiers (`ltr_…`) the customer is in; read only by `customer.loyalty.tier` rules. */
  customerTiers?: (() => ReadonlySet<string>) | undefined;
  /**
   * Earlier successful redemptions of the campaign, by the customer or by anyone, in all or in the
   * current day or month of the project's time zone; read only by `redemption.count.*` rules.
   */
  redemptionCount?:
    ((campaignId: string, scope: 'customer' | 'campaign', window: RedemptionWindow) => number) | undefined;
  /** The campaign whose redemptions `redemption.count.*` rules count. */
  campaignId?: string | undefined;
  /** Rules of a rule set taken as met (qualifications leave out what they do not check). */
  ignoreRule?: ((name: RuleName) => boolean) | undefined;
}

/**
 * An order line a bundle found (`result.bundle.identified[]`): the product or SKU it holds, its
 * index in the order, and how many of its units make up the bundles counted (spec `Bundle`).
 */
export type BundleIdentified = {
  id: string;
  object: 'product' | 'sku';
  item_index: number;
  item_quantity: number;
};

/** An item a bundle still needs (`result.bundle.missing[]`). */
export type BundleMissing = {
  id: string;
  object: 'product' | 'sku' | 'products_collection';
  item_quantity: number;
};

/**
 * A bundle's progress (spec `Bundle`): `quantity` whole bundles in the order, at most `limit`
 * (0 while items are missing); `missing` only while items are.
 */
export type BundleProgress = {
  quantity: number;
  limit?: number;
  identified: BundleIdentified[];
  missing?: BundleMissing[];
};

/** Voucherify's error key for a violated rule, by what the rule checks. */
export type RuleViolationKey = Extract<
  RejectionErrorKey,
  'order_rules_violated' | 'customer_rules_violated' | 'redemption_rules_violated' | 'missing_customer'
>;

/** Why a redeemable's validation rules reject the request. */
export interface RuleViolation {
  key: RuleViolationKey;
  /** Ids of the violated rules, in assignment order. */
  ruleIds: string[];
  /** The first violated rule's own message, when it has one. */
  message: string | undefined;
  /**
   * Minor units the order still lacks when order-amount minimums are the only unmet conditions;
   * `undefined` otherwise.
   */
  missingAmount: number | undefined;
}

/** The outcome of checking every rule: the violation (if any) and bundle progress (if a rule is a bundle). */
export interface RuleOutcome {
  violation: RuleViolation | undefined;
  bundle: BundleProgress | undefined;
}

type Failure = { key: RuleViolationKey; missingAmount?: number };

/** Bundles counted when the rule sets no `limit`: the spec's maximum `Bundle.quantity`. */
const MAX_BUNDLES = 100;

/** Lines holding `id` (or a product of the collection `id`), with the id that matched. */
function linesWith(
  context: RuleContext,
  object: BundleMissing['object'],
  id: string,
): { index: number; quantity: number; matched: string }[] {
  const members = object === 'products_collection' ? context.catalog.collections.get(id) : undefined;
  return context.cart.lines.flatMap((line, index) => {
    const matched = members ? line.ids.find((lineId) => members.has(lineId)) : line.ids.includes(id) && id;
    return matched && line.item !== undefined ? [{ index, quantity: line.quantity, matched }] : [];
  });
}

function quantityOf(context: RuleContext, object: BundleMissing['object'], id: string): number {
  return linesWith(context, object, id).reduce((sum, hit) => sum + hit.quantity, 0);
}

/**
 * How many whole bundles the order holds (up to `limit`, else {@link MAX_BUNDLES}), which lines
 * make them up and what is missing. Identified lines report the product (or SKU) they hold and only
 * the units the counted bundles use (what is there while the bundle is incomplete).
 */
function bundleProgress(
  items: readonly { object: BundleMissing['object']; id: string; quantity: number }[],
  limit: number | undefined,
  context: RuleContext,
): BundleProgress {
  const found = items.map((wanted) => ({ wanted, hits: linesWith(context, wanted.object, wanted.id) }));
  const missing: BundleMissing[] = [];
  let quantity = limit ?? MAX_BUNDLES;
  for (const { wanted, hits } of found) {
    const have = hits.reduce((sum, hit) => sum + hit.quantity, 0);
    if (have < wanted.quantity)
      missing.push({ id: wanted.id, object: wanted.object, item_quantity: wanted.quantity - have });
    quantity = Math.min(quantity, Math.floor(have / wanted.quantity));
  }
  const identified: BundleIdentified[] = [];
  for (const { wanted, hits } of found) {
    let left = wanted.quantity * Math.max(quantity, 1);
    for (const hit of hits) {
      const used = Math.min(hit.quantity, left);
      if (used <= 0) break;
      left -= used;
      identified.push({
        id: hit.matched,
        object: wanted.object === 'sku' ? 'sku' : 'product',
        item_index: hit.index,
        item_quantity: used,
      });
    }
  }
  return {
    quantity: missing.length > 0 ? 0 : quantity,
    ...(limit === undefined ? {} : { limit }),
    identified,
    ...(missing.length > 0 ? { missing } : {}),
  };
}

function check(condition: RuleCondition, context: RuleContext): Failure | BundleProgress | undefined {
  const amount = context.cart.amount;
  const customer = context.customer;
  switch (condition.type) {
    case 'min_order_amount':
      return amount >= condition.amount
        ? undefined
        : { key: 'order_rules_violated', missingAmount: condition.amount - amount };
    case 'max_order_amount':
      return amount <= condition.amount ? undefined : { key: 'order_rules_violated' };
    case 'order_items': {
      const held = condition.items.map(
        (wanted) => quantityOf(context, wanted.object, wanted.id) >= wanted.quantity,
      );
      const ok = condition.match === 'all' ? held.every(Boolean) : held.some(Boolean);
      return ok ? undefined : { key: 'order_rules_violated' };
    }
    case 'bundle':
      return bundleProgress(condition.items, condition.limit, context);
    case 'customer_metadata': {
      if (customer === undefined) return { key: 'missing_customer' };
      const value = customer.metadata[condition.key];
      return condition.values.some((allowed) => allowed === value)
        ? undefined
        : { key: 'customer_rules_violated' };
    }
    case 'first_order':
      if (customer === undefined) return { key: 'missing_customer' };
      return customer.ordersCount === 0 ? undefined : { key: 'customer_rules_violated' };
    case 'redemptions_per_customer':
      if (customer === undefined) return { key: 'missing_customer' };
      return customer.campaignRedemptions < condition.max ? undefined : { key: 'redemption_rules_violated' };
    case 'total_redemptions':
      return context.campaignRedemptions < condition.max ? undefined : { key: 'redemption_rules_violated' };
    case 'code_holder':
      if (customer === undefined) return { key: 'missing_customer' };
      return context.holder !== undefined && customer.sourceId === context.holder
        ? undefined
        : { key: 'customer_rules_violated' };
  }
}

/**
 * Checks every rule (all conditions of a rule must hold; a rule set as Voucherify writes it
 * holds when its `logic` does, see `checkRuleSet`) and reports the first violated rule's
 * error key and message. `missingAmount` is set only when every unmet condition is an order-amount
 * minimum, so that adding to the cart alone would satisfy the rules. A bundle condition is unmet
 * while items are missing, and its progress is reported either way.
 */
export function checkRules(rules: readonly ValidationRule[], context: RuleContext): RuleOutcome {
  const ruleIds: string[] = [];
  const failures: Failure[] = [];
  let message: string | undefined;
  let bundle: BundleProgress | undefined;
  for (const rule of rules) {
    const failed: Failure[] = [];
    if ('rules' in rule) {
      const outcome = checkRuleSet(rule.rules, context);
      if (outcome.holds) continue;
      ruleIds.push(rule.id);
      message ??= outcome.failures.find((failure) => failure.message)?.message ?? rule.error?.message;
      const missing = outcome.missingAmount;
      failures.push(
        ...(missing === undefined
          ? outcome.failures.map(({ key }) => ({ key }))
          : [{ key: 'order_rules_violated' as const, missingAmount: missing }]),
      );
      continue;
    }
    for (const condition of rule.conditions) {
      const result = check(condition, context);
      if (result === undefined) continue;
      if ('identified' in result) {
        bundle = result;
        if (result.missing !== undefined) failed.push({ key: 'order_rules_violated' });
        continue;
      }
      failed.push(result);
    }
    if (failed.length === 0) continue;
    ruleIds.push(rule.id);
    message ??= rule.error?.message;
    failures.push(...failed);
  }
  const [first] = failures;
  if (first === undefined) return { violation: undefined, bundle };
  const amounts = failures.map((failure) => failure.missingAmount);
  const missingAmount = amounts.every((value) => value !== undefined) ? Math.max(...amounts) : undefined;
  const key = failures.find((failure) => failure.key === 'missing_customer')?.key ?? first.key;
  return { violation: { key, ruleIds, message, missingAmount }, bundle };
}
