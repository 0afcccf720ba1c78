import type { CodeEntry } from '@promokit/core';

/** The code of an entry. */
export const codeOf = (entry: CodeEntry): string => (typeof entry === 'string' ? entry : entry.code);

/** The entries with each code once, the first occurrence winning (Voucherify rejects duplicates). */
export function uniqueCodes(codes: readonly CodeEntry[]): CodeEntry[] {
  const seen = new Set<string>();
  return codes.filter((entry) => !seen.has(codeOf(entry)) && seen.add(codeOf(entry)));
}
