import { readFileSync } from 'node:fs';

import { formatPath } from '../zod-path.js';
import { seedSchema, type Seed } from './seed-schema.js';

/** One problem found in a seed. */
export interface SeedProblem {
  /** Where, for example `campaigns[0].vouchers[1].discount.percent_off` (empty for the root). */
  path: string;
  /** What is wrong. */
  message: string;
}

/** A seed that is not valid JSON or does not match {@link seedSchema}; the message lists every problem. */
export class InvalidSeedError extends Error {
  /** Every problem found. */
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[], source?: string) {
    const lines = problems.map(({ path, message }) => (path ? `${path}: ${message}` : message));
    super(`Invalid seed${source ? ` ${source}` : ''}:\n  ${lines.join('\n  ')}`);
    this.name = 'InvalidSeedError';
    this.problems = problems;
  }
}

/** Checks a seed object and applies defaults; throws {@link InvalidSeedError}. */
export function parseSeed(json: unknown, source?: string): Seed {
  const result = seedSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InvalidSeedError(
    result.error.issues.map((issue) => ({
      path: formatPath(issue.path).replace(/^\./, ''),
      message: issue.message,
    })),
    source,
  );
}

/** Reads and checks a seed JSON file; throws {@link InvalidSeedError}. */
export function loadSeedFile(path: string): Seed {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new InvalidSeedError([{ path: '', message: `not valid JSON: ${error.message}` }], path);
  }
  return parseSeed(json, path);
}
