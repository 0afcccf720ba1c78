import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Directory of Voucherify's official spec and recorded exchanges, read in place and never copied:
 * set by the test configuration (`../shared/voucherify` beside the checkout).
 */
export function voucherifyReferenceDir(): string {
  const dir = process.env.PROMOKIT_VOUCHERIFY_DIR;
  if (!dir) throw new Error('PROMOKIT_VOUCHERIFY_DIR is not set; run the tests through vitest.config.ts');
  return dir;
}

/** Reads one file of the Voucherify reference as JSON, e.g. `examples/02-….json`. */
export function readReference<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(join(voucherifyReferenceDir(), file), 'utf8')) as T;
}

/** Reads one recorded exchange from the reference's `examples/`. */
export function readExample(file: string): Record<string, unknown> {
  return readReference(`examples/${file}`);
}
