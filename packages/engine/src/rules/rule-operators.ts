/**
 * The condition operators of Voucherify's validation rules and segment filters, as its rule
 * object reference lists them (`$is`, `$is_not`, `$in`, `$less_than`, `$less_than_or_equal`,
 * `$more_than`, `$more_than_or_equal`, `$starts_with`, `$ends_with`, `$contains`) plus the
 * spellings the spec's examples use (`$more_than_equal`, `$less_than_equal`,
 * `$greater_than_or_equal`, `$not_in`, `$not_contain`, `$has_value`, `$is_unknown`).
 */
export const RULE_OPERATORS = [
  '$is',
  '$is_not',
  '$in',
  '$not_in',
  '$more_than',
  '$more_than_or_equal',
  '$more_than_equal',
  '$greater_than_or_equal',
  '$less_than',
  '$less_than_or_equal',
  '$less_than_equal',
  '$starts_with',
  '$ends_with',
  '$contains',
  '$not_contain',
  '$has_value',
  '$is_unknown',
] as const;

/** One condition operator. */
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** A rule's `conditions`: each operator with its values; every operator given must hold. */
export type RuleConditions = Partial<Record<RuleOperator, readonly unknown[]>>;

/** Operators that set a lower bound on a number (`$more_than…`). */
export const LOWER_BOUND_OPERATORS: ReadonlySet<RuleOperator> = new Set([
  '$more_than',
  '$more_than_or_equal',
  '$more_than_equal',
  '$greater_than_or_equal',
]);

function number(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function same(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  const a = number(actual);
  const b = number(expected);
  if (a !== undefined && b !== undefined && typeof actual !== 'boolean' && typeof expected !== 'boolean')
    return a === b;
  return typeof actual === 'string' && typeof expected === 'string' && actual === expected;
}

function compare(actual: unknown, expected: unknown, test: (a: number, b: number) => boolean): boolean {
  const a = number(actual);
  const b = number(expected);
  return a !== undefined && b !== undefined && test(a, b);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

function holdsOne(operator: RuleOperator, values: readonly unknown[], actual: unknown): boolean {
  const known = actual !== undefined && actual !== null && actual !== '';
  const first = values[0];
  switch (operator) {
    case '$is':
    case '$in':
      return values.some((value) => same(actual, value));
    case '$is_not':
    case '$not_in':
      return known && !values.some((value) => same(actual, value));
    case '$more_than':
      return compare(actual, first, (a, b) => a > b);
    case '$more_than_or_equal':
    case '$more_than_equal':
    case '$greater_than_or_equal':
      return compare(actual, first, (a, b) => a >= b);
    case '$less_than':
      return compare(actual, first, (a, b) => a < b);
    case '$less_than_or_equal':
    case '$less_than_equal':
      return compare(actual, first, (a, b) => a <= b);
    case '$starts_with':
      return values.some((value) => text(actual)?.startsWith(String(value)) ?? false);
    case '$ends_with':
      return values.some((value) => text(actual)?.endsWith(String(value)) ?? false);
    case '$contains':
      return values.some((value) => text(actual)?.includes(String(value)) ?? false);
    case '$not_contain':
      return known && values.every((value) => !(text(actual)?.includes(String(value)) ?? false));
    case '$has_value':
      return known;
    case '$is_unknown':
      return !known;
  }
}

/**
 * Whether `actual` meets every operator of `conditions`. A value that is absent (`undefined`,
 * `null` or `""`) meets only `$is_unknown` (and `$is` of such a value); numbers compare as
 * numbers whether written as numbers or as numeric strings, as metadata often holds them.
 */
export function conditionsHold(conditions: RuleConditions, actual: unknown): boolean {
  return Object.entries(conditions).every(([operator, values]) =>
    holdsOne(operator as RuleOperator, values ?? [], actual),
  );
}
