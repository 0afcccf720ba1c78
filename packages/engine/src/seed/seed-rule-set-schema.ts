import { z } from 'zod';

import { logicKeys, parseRuleLogic, RuleLogicError } from '../rules/rule-logic.js';
import { RULE_OPERATORS, type RuleConditions } from '../rules/rule-operators.js';

/**
 * What a rule name reads, and how its conditions are written:
 *
 * - `value`: one value of the order, customer or request (amounts and prices in hundredths);
 * - `items`: a list of products, SKUs or collections (`$is` / `$in`), with nested `rules` checked
 *   on the order lines that hold them;
 * - `scoped`: a value of the order lines in scope (all lines at the top level, the matched ones
 *   inside an `items` rule).
 */
export type RuleNameKind = 'value' | 'items' | 'scoped';

/**
 * The rule names the engine evaluates, with their kind. The spec's examples name
 * `order.amount`, `order.metadata`, `order.items.every`, `order.items.metadata`,
 * `order.items.price_any`, `customer.segment` and `custom_event.metadata`; the rest are the names
 * of Voucherify's rules builder (validation rule reference: Prices and quantities, Products,
 * Audience, Redemptions, Metadata).
 */
export const RULE_NAMES = {
  'order.amount': 'value',
  'order.initial_amount': 'value',
  'order.items.count': 'value',
  'order.items.price_any': 'value',
  'order.items.price_each': 'value',
  'order.metadata': 'value',
  'order.items.any': 'items',
  'order.items.every': 'items',
  'order.items.none': 'items',
  'order.items.cheapest': 'items',
  'order.items.most_expensive': 'items',
  'order.items.quantity': 'scoped',
  'order.items.aggregated_quantity': 'scoped',
  'order.items.price': 'scoped',
  'order.items.amount': 'scoped',
  'order.items.aggregated_amount': 'scoped',
  'order.items.metadata': 'scoped',
  'customer.segment': 'value',
  'customer.loyalty.tier': 'value',
  'customer.metadata': 'value',
  'redemption.metadata': 'value',
  'redemption.count.per_customer': 'value',
  'redemption.count.per_customer.daily': 'value',
  'redemption.count.per_customer.monthly': 'value',
  'redemption.count.daily': 'value',
  'redemption.count.monthly': 'value',
} as const satisfies Record<string, RuleNameKind>;

/** A rule name the engine evaluates. */
export type RuleName = keyof typeof RULE_NAMES;

/** Names that read a metadata key, given as `property` (Voucherify requires it for these). */
export const METADATA_RULE_NAMES: ReadonlySet<RuleName> = new Set([
  'order.metadata',
  'order.items.metadata',
  'customer.metadata',
  'redemption.metadata',
]);

/** A product, SKU or collection an `items` rule names (Voucherify's `ApplicableTo` fields). */
export interface RuleItemRef {
  id: string;
  object: 'product' | 'sku' | 'products_collection';
  source_id?: string | undefined;
  effect?: string | undefined;
  product_id?: string | undefined;
}

/** One rule of a rule set, as Voucherify writes it. */
export interface SeedRuleNode {
  name: RuleName;
  property?: string | null | undefined;
  conditions?: RuleConditions | undefined;
  rules?: SeedRuleSet | undefined;
  error?: { message: string } | undefined;
}

/**
 * Voucherify's `rules`: rules under keys (`"1"`, `"2"`, …) and the `logic` joining them with
 * `and` / `or` and parentheses (spec `ValidationRuleRules`). Empty (`{}`) holds.
 */
export type SeedRuleSet = { logic?: string | undefined } & {
  [key: string]: SeedRuleNode | string | undefined;
};

const itemRefSchema = z.strictObject({
  id: z.string().min(1),
  object: z.enum(['product', 'sku', 'products_collection']),
  source_id: z.string().optional(),
  effect: z.string().optional(),
  product_id: z.string().optional(),
});

const conditionsSchema = z.partialRecord(z.enum(RULE_OPERATORS), z.array(z.unknown()));

/** Conditions of a segment filter: the operators of validation rules, each with its values. */
export const segmentConditionsSchema = conditionsSchema;

const ruleNodeSchema: z.ZodType<SeedRuleNode> = z.lazy(() =>
  z
    .strictObject({
      name: z.enum(Object.keys(RULE_NAMES) as [RuleName, ...RuleName[]]),
      property: z.string().min(1).nullable().optional(),
      conditions: conditionsSchema.optional(),
      rules: ruleSetSchema.optional(),
      error: z.strictObject({ message: z.string().min(1) }).optional(),
    })
    .superRefine((node, context) => {
      if (METADATA_RULE_NAMES.has(node.name) && !node.property) {
        context.addIssue({ code: 'custom', path: ['property'], message: `${node.name} needs a property` });
      }
      const kind: RuleNameKind = RULE_NAMES[node.name];
      if (kind !== 'items') {
        if (node.rules !== undefined && Object.keys(node.rules).some((key) => key !== 'logic')) {
          context.addIssue({
            code: 'custom',
            path: ['rules'],
            message: `${node.name} takes no nested rules: only order.items.any, every, none, cheapest and most_expensive do`,
          });
        }
        return;
      }
      const entries = Object.entries(node.conditions ?? {});
      const refs = entries.filter(([operator]) => operator === '$is' || operator === '$in');
      if (refs.length === 0 || entries.length !== refs.length) {
        context.addIssue({
          code: 'custom',
          path: ['conditions'],
          message: `${node.name} takes a list of products, SKUs or collections under $is or $in`,
        });
        return;
      }
      for (const [operator, values] of refs) {
        (values ?? []).forEach((value, index) => {
          const parsed = itemRefSchema.safeParse(value);
          if (!parsed.success) {
            context.addIssue({
              code: 'custom',
              path: ['conditions', operator, index],
              message: `must be {id, object: product | sku | products_collection}: ${parsed.error.issues[0]?.message ?? ''}`,
            });
          }
        });
      }
    }),
);

/** Voucherify's `rules` object: keyed rules and their `logic`, checked to name only its own keys. */
export const ruleSetSchema: z.ZodType<SeedRuleSet> = z.lazy(() =>
  z
    .object({ logic: z.string().optional() })
    .catchall(ruleNodeSchema)
    .superRefine((set, context) => {
      const keys = Object.keys(set).filter((key) => key !== 'logic');
      for (const key of keys) {
        if (!/^[A-Za-z0-9_$]+$/.test(key))
          context.addIssue({ code: 'custom', path: [key], message: 'a rule key is letters, digits, _ or $' });
      }
      if (set.logic === undefined) {
        if (keys.length > 0)
          context.addIssue({
            code: 'custom',
            path: ['logic'],
            message: 'rules need a logic, such as "1 and 2"',
          });
        return;
      }
      try {
        for (const key of logicKeys(parseRuleLogic(set.logic))) {
          if (!keys.includes(key))
            context.addIssue({
              code: 'custom',
              path: ['logic'],
              message: `names rule ${key}, which is not defined`,
            });
        }
      } catch (error) {
        if (!(error instanceof RuleLogicError)) throw error;
        context.addIssue({ code: 'custom', path: ['logic'], message: error.message });
      }
    }),
) as z.ZodType<SeedRuleSet>;
