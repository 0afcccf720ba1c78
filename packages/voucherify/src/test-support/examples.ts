import { readFileSync } from 'node:fs';

/** Directory of the recorded Voucherify exchanges (read in place, never copied). */
const examplesDir = new URL('../../../../../shared/voucherify/examples/', import.meta.url);

/** Reads one recorded exchange from `../shared/voucherify/examples/`. */
export function readExample(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')) as Record<string, unknown>;
}
