/**
 * A parsed `logic` expression of a Voucherify rule set: rule keys joined by `and` / `or`, grouped
 * with parentheses (`"(1 and 2) or 3"`). `and` binds tighter than `or`, as in the spec's example
 * `"(1 and 2) and (3)"` and the docs' `"1 and 2 and 3"`.
 */
export type RuleLogic = { type: 'rule'; key: string } | { type: 'and' | 'or'; operands: RuleLogic[] };

/** A `logic` expression that cannot be read; `message` says where. */
export class RuleLogicError extends Error {
  override readonly name = 'RuleLogicError';
}

const TOKEN = /\s*(\(|\)|[A-Za-z0-9_$]+)/y;

function tokenize(logic: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < logic.length) {
    if (/^\s*$/.test(logic.slice(position))) break;
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(logic);
    if (match === null)
      throw new RuleLogicError(`unexpected "${logic.slice(position).trim()}" in "${logic}"`);
    tokens.push(match[1] as string);
    position = TOKEN.lastIndex;
  }
  return tokens;
}

/**
 * Parses a rule set's `logic`.
 *
 * @throws {RuleLogicError} for an empty expression, a missing operand or parenthesis, or an
 * operator other than `and` / `or` (in any case).
 */
export function parseRuleLogic(logic: string): RuleLogic {
  const tokens = tokenize(logic);
  let index = 0;
  const peek = () => tokens[index]?.toLowerCase();
  const fail = (what: string): never => {
    throw new RuleLogicError(`${what} in "${logic}"`);
  };
  const operand = (): RuleLogic => {
    const token = tokens[index];
    if (token === undefined) return fail('a rule key is missing at the end');
    index += 1;
    if (token === '(') {
      const inner = either();
      if (tokens[index] !== ')') fail('a closing parenthesis is missing');
      index += 1;
      return inner;
    }
    if (token === ')' || /^(and|or)$/i.test(token)) return fail(`a rule key is missing before "${token}"`);
    return { type: 'rule', key: token };
  };
  const joined = (type: 'and' | 'or', next: () => RuleLogic) => (): RuleLogic => {
    const operands = [next()];
    while (peek() === type) {
      index += 1;
      operands.push(next());
    }
    return operands.length === 1 ? (operands[0] as RuleLogic) : { type, operands };
  };
  const both = joined('and', operand);
  const either = joined('or', both);
  if (tokens.length === 0) fail('no rule key');
  const tree = either();
  if (index < tokens.length) fail(`"${tokens[index]}" is neither "and" nor "or"`);
  return tree;
}

/** The rule keys a logic expression names, in order of appearance. */
export function logicKeys(logic: RuleLogic): string[] {
  return logic.type === 'rule' ? [logic.key] : logic.operands.flatMap(logicKeys);
}

/**
 * Evaluates a logic expression, asking `holds` for each key. Every key is asked (no short
 * circuit), so a caller can collect why each failing rule failed.
 */
export function evaluateRuleLogic(logic: RuleLogic, holds: (key: string) => boolean): boolean {
  if (logic.type === 'rule') return holds(logic.key);
  const results = logic.operands.map((operand) => evaluateRuleLogic(operand, holds));
  return logic.type === 'and' ? results.every(Boolean) : results.some(Boolean);
}
