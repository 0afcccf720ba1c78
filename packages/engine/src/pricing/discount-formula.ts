import type { Metadata } from '@promokit/voucherify';

/**
 * Voucherify's discount formulas (`amount_off_formula`, `percent_off_formula`,
 * `fixed_amount_formula`, `unit_off_formula`; the spec's examples such as
 * `IF(ORDER_AMOUNT > 100;CUSTOMER_METADATA("age");CUSTOMER_METADATA("age") / 2)`): numbers and
 * "strings", `+ - * /`, comparisons `= != <> > >= < <=`, `contains`, parentheses, and functions
 * with arguments separated by `;`. The syntax (`;` separators, `=` for equality, infix
 * `contains`) is none of the npm expression languages', so the engine reads it with this small
 * parser; nothing is ever evaluated as JavaScript.
 */
export type Formula =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'name'; name: FormulaName }
  | { type: 'call'; name: FormulaFunction; args: Formula[] }
  | { type: 'negate'; operand: Formula }
  | { type: 'binary'; operator: BinaryOperator; left: Formula; right: Formula };

type BinaryOperator = '+' | '-' | '*' | '/' | '=' | '!=' | '>' | '>=' | '<' | '<=' | 'contains';

/**
 * The quantities a formula may name. Money is in the currency's units (the order amount × 1/100,
 * as a marketer writes `ORDER_AMOUNT > 100` for 100.00); `ITEM_*` are the discounted line's, for
 * item-level discounts only.
 */
export const FORMULA_NAMES = [
  'ORDER_AMOUNT',
  'ORDER_UNITS_QUANTITY',
  'ORDER_ITEMS_COUNT',
  'ITEM_PRICE',
  'ITEM_QUANTITY',
  'ITEM_AMOUNT',
] as const;
type FormulaName = (typeof FORMULA_NAMES)[number];

/** The functions a formula may call. */
export const FORMULA_FUNCTIONS = [
  'IF',
  'CUSTOMER_METADATA',
  'ORDER_METADATA',
  'REDEMPTION_METADATA',
  'ITEM_METADATA',
  'MIN',
  'MAX',
  'ROUND',
  'ROUND_UP',
  'ROUND_DOWN',
] as const;
type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

/** A formula that cannot be read, or names something the engine does not know. */
export class FormulaError extends Error {
  override readonly name = 'FormulaError';
}

const TOKEN = /\s*(\d+(?:\.\d+)?|"[^"]*"|[A-Za-z_][A-Za-z0-9_]*|>=|<=|!=|<>|==|[-+*/()<>=;,])/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  let position = 0;
  while (position < source.length) {
    if (/^\s*$/.test(source.slice(position))) break;
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(source);
    if (match === null) throw new FormulaError(`unexpected "${source.slice(position).trim()}" in ${source}`);
    tokens.push(match[1] as string);
    position = TOKEN.lastIndex;
  }
  return tokens;
}

const COMPARISONS: Record<string, BinaryOperator> = {
  '=': '=',
  '==': '=',
  '!=': '!=',
  '<>': '!=',
  '>': '>',
  '>=': '>=',
  '<': '<',
  '<=': '<=',
};

/**
 * Parses a formula.
 *
 * @throws {FormulaError} for a syntax error, an unknown name or function, or a call with the wrong
 * number of arguments.
 */
export function parseFormula(source: string): Formula {
  const tokens = tokenize(source);
  let index = 0;
  const fail = (what: string): never => {
    throw new FormulaError(`${what} in ${source}`);
  };
  const next = () => tokens[index++];
  const peek = () => tokens[index];
  const expect = (token: string) => {
    if (next() !== token) fail(`"${token}" expected`);
  };
  const comparison = (): Formula => {
    const left = additive();
    const token = peek();
    const operator =
      token === undefined ? undefined : token.toLowerCase() === 'contains' ? 'contains' : COMPARISONS[token];
    if (operator === undefined) return left;
    index += 1;
    return { type: 'binary', operator, left, right: additive() };
  };
  const additive = (): Formula => {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const operator = next() as '+' | '-';
      left = { type: 'binary', operator, left, right: term() };
    }
    return left;
  };
  const term = (): Formula => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const operator = next() as '*' | '/';
      left = { type: 'binary', operator, left, right: unary() };
    }
    return left;
  };
  const unary = (): Formula => {
    if (peek() === '-') {
      index += 1;
      return { type: 'negate', operand: unary() };
    }
    return primary();
  };
  const primary = (): Formula => {
    const token = next();
    if (token === undefined) return fail('an operand is missing at the end');
    if (token === '(') {
      const inner = comparison();
      expect(')');
      return inner;
    }
    if (/^\d/.test(token)) return { type: 'number', value: Number(token) };
    if (token.startsWith('"')) return { type: 'string', value: token.slice(1, -1) };
    if (!/^[A-Za-z_]/.test(token)) return fail(`an operand is missing before "${token}"`);
    const name = token.toUpperCase();
    if (peek() === '(') {
      if (!(FORMULA_FUNCTIONS as readonly string[]).includes(name)) fail(`unknown function ${token}`);
      index += 1;
      const args: Formula[] = [];
      if (peek() !== ')') {
        args.push(comparison());
        while (peek() === ';' || peek() === ',') {
          index += 1;
          args.push(comparison());
        }
      }
      expect(')');
      const arity: Record<FormulaFunction, [number, number]> = {
        IF: [3, 3],
        CUSTOMER_METADATA: [1, 1],
        ORDER_METADATA: [1, 1],
        REDEMPTION_METADATA: [1, 1],
        ITEM_METADATA: [1, 1],
        MIN: [1, 30],
        MAX: [1, 30],
        ROUND: [1, 2],
        ROUND_UP: [1, 2],
        ROUND_DOWN: [1, 2],
      };
      const [min, max] = arity[name as FormulaFunction];
      if (args.length < min || args.length > max)
        fail(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments`);
      return { type: 'call', name: name as FormulaFunction, args };
    }
    if (!(FORMULA_NAMES as readonly string[]).includes(name)) {
      fail(`unknown name ${token} (known: ${FORMULA_NAMES.join(', ')})`);
    }
    return { type: 'name', name: name as FormulaName };
  };
  if (tokens.length === 0) fail('an empty formula');
  const formula = comparison();
  if (index < tokens.length) fail(`unexpected "${tokens[index]}"`);
  return formula;
}

/** What a formula reads: the order, the customer, the request and, for item-level discounts, the line. */
export interface FormulaFacts {
  /** Hundredths, before discounts. */
  orderAmount: number;
  orderUnits: number;
  orderItems: number;
  customerMetadata: Metadata | undefined;
  orderMetadata: Metadata | undefined;
  redemptionMetadata: Metadata | undefined;
  /** The discounted line: price and amount in hundredths. */
  item?: { price: number; quantity: number; amount: number; metadata: Metadata } | undefined;
}

type Value = number | string | boolean | readonly unknown[] | undefined;

function numeric(value: Value): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function metadataValue(metadata: Metadata | undefined, key: Value): Value {
  if (metadata === undefined || typeof key !== 'string') return undefined;
  const value = metadata[key];
  return typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    Array.isArray(value)
    ? (value as Value)
    : undefined;
}

function rounded(value: Value, digits: Value, round: (x: number) => number): Value {
  const x = numeric(value);
  const places = digits === undefined ? 0 : numeric(digits);
  if (x === undefined || places === undefined) return undefined;
  const scale = 10 ** places;
  return round(x * scale) / scale;
}

function evaluate(formula: Formula, facts: FormulaFacts): Value {
  switch (formula.type) {
    case 'number':
    case 'string':
      return formula.value;
    case 'name':
      switch (formula.name) {
        case 'ORDER_AMOUNT':
          return facts.orderAmount / 100;
        case 'ORDER_UNITS_QUANTITY':
          return facts.orderUnits;
        case 'ORDER_ITEMS_COUNT':
          return facts.orderItems;
        case 'ITEM_PRICE':
          return facts.item === undefined ? undefined : facts.item.price / 100;
        case 'ITEM_QUANTITY':
          return facts.item?.quantity;
        case 'ITEM_AMOUNT':
          return facts.item === undefined ? undefined : facts.item.amount / 100;
      }
      return undefined;
    case 'negate': {
      const x = numeric(evaluate(formula.operand, facts));
      return x === undefined ? undefined : -x;
    }
    case 'call': {
      const arg = (i: number) => evaluate(formula.args[i] as Formula, facts);
      switch (formula.name) {
        case 'IF': {
          const condition = arg(0);
          if (condition === undefined) return undefined;
          return condition === true || (typeof condition === 'number' && condition !== 0) ? arg(1) : arg(2);
        }
        case 'CUSTOMER_METADATA':
          return metadataValue(facts.customerMetadata, arg(0));
        case 'ORDER_METADATA':
          return metadataValue(facts.orderMetadata, arg(0));
        case 'REDEMPTION_METADATA':
          return metadataValue(facts.redemptionMetadata, arg(0));
        case 'ITEM_METADATA':
          return metadataValue(facts.item?.metadata, arg(0));
        case 'MIN':
        case 'MAX': {
          const values = formula.args.map((_, i) => numeric(arg(i)));
          if (values.some((value) => value === undefined)) return undefined;
          return (formula.name === 'MIN' ? Math.min : Math.max)(...(values as number[]));
        }
        case 'ROUND':
          return rounded(arg(0), formula.args.length > 1 ? arg(1) : undefined, Math.round);
        case 'ROUND_UP':
          return rounded(arg(0), formula.args.length > 1 ? arg(1) : undefined, Math.ceil);
        case 'ROUND_DOWN':
          return rounded(arg(0), formula.args.length > 1 ? arg(1) : undefined, Math.floor);
      }
      return undefined;
    }
    case 'binary': {
      const left = evaluate(formula.left, facts);
      const right = evaluate(formula.right, facts);
      if (left === undefined || right === undefined) return undefined;
      if (formula.operator === 'contains') {
        if (Array.isArray(left)) return left.some((entry) => String(entry) === String(right));
        return typeof left === 'string' ? left.includes(String(right)) : undefined;
      }
      if (formula.operator === '=' || formula.operator === '!=') {
        const a = numeric(left);
        const b = numeric(right);
        const same = a !== undefined && b !== undefined ? a === b : String(left) === String(right);
        return formula.operator === '=' ? same : !same;
      }
      const a = numeric(left);
      const b = numeric(right);
      if (a === undefined || b === undefined) return undefined;
      switch (formula.operator) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? undefined : a / b;
        case '>':
          return a > b;
        case '>=':
          return a >= b;
        case '<':
          return a < b;
        case '<=':
          return a <= b;
      }
    }
  }
  return undefined;
}

const parsed = new Map<string, Formula>();

/**
 * The number a formula gives with these facts; `undefined` when data it reads is missing or not a
 * number (the caller then uses the discount's static value, Voucherify's fallback). Pure.
 *
 * @throws {FormulaError} when the formula cannot be parsed (seeds are checked on load).
 */
export function formulaValue(source: string, facts: FormulaFacts): number | undefined {
  let formula = parsed.get(source);
  if (formula === undefined) {
    formula = parseFormula(source);
    parsed.set(source, formula);
  }
  return numeric(evaluate(formula, facts));
}
