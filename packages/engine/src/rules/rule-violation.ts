import type { RuleCondition, ValidationRule } from '../seed/seed-schema.js';

/** What validation rules are checked against. */
export interface RuleContext {
  /** Order amount before any discount, in minor units (Voucherify's `order.amount`). */
  orderAmount: number;
}

/** Why a code's validation rules reject the order. */
export interface RuleViolation {
  /** Ids of the violated rules, in assignment order. */
  ruleIds: string[];
  /**
   * Minor units the order still lacks to satisfy every violated rule; `undefined` when adding to the
   * order alone cannot satisfy them.
   */
  missingAmount: number | undefined;
}

/** How far a condition is from holding; `undefined` when it holds. */
interface Shortfall {
  missingAmount: number | undefined;
}

function shortfall(condition: RuleCondition, context: RuleContext): Shortfall | undefined {
  switch (condition.type) {
    case 'min_order_amount':
      return context.orderAmount >= condition.amount
        ? undefined
        : { missingAmount: condition.amount - context.orderAmount };
  }
}

/** Checks every rule (all conditions of a rule must hold); `undefined` when all pass. */
export function findRuleViolation(
  rules: readonly ValidationRule[],
  context: RuleContext,
): RuleViolation | undefined {
  const ruleIds: string[] = [];
  const shortfalls: Shortfall[] = [];
  for (const rule of rules) {
    const failed = rule.conditions.flatMap((condition) => shortfall(condition, context) ?? []);
    if (failed.length === 0) continue;
    ruleIds.push(rule.id);
    shortfalls.push(...failed);
  }
  if (ruleIds.length === 0) return undefined;
  const amounts = shortfalls.map((s) => s.missingAmount);
  const missingAmount = amounts.every((amount) => amount !== undefined) ? Math.max(...amounts) : undefined;
  return { ruleIds, missingAmount };
}
