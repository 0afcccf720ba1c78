import type { CodeEntry, CodeMatching } from '@promokit/core';

/** The code of an entry. */
export const codeOf = (entry: CodeEntry): string => (typeof entry === 'string' ? entry : entry.code);

/**
 * The entries with each code once, as the project tells codes apart (`matching`), the first
 * occurrence winning with its spelling (Voucherify rejects duplicates).
 */
export function uniqueCodes(codes: readonly CodeEntry[], matching: CodeMatching): CodeEntry[] {
  const seen = new Set<string>();
  return codes.filter((entry) => {
    const key = matching.key(codeOf(entry));
    return !seen.has(key) && seen.add(key);
  });
}
