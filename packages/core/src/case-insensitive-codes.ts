import { caseFold } from 'unicode-case-folding';

import type { CodeMatching } from './code-matching.js';
import { normalizeCode } from './normalize-code.js';

/**
 * The caseless key of a code: Unicode's canonical caseless match (The Unicode Standard, §3.13,
 * D145: `NFD(toCasefold(NFD(X)))`) with full case folding from `CaseFolding.txt` (statuses C and F),
 * written in NFC. `FUßBALL5`, `FUSSBALL5`, `fußball5` and `FUẞBALL5` share one key, as do `CAFÉ`
 * and `café` with a combining accent.
 */
function caselessKey(code: string): string {
  return caseFold(normalizeCode(code).normalize('NFD')).normalize('NFC');
}

/**
 * Codes as a case-insensitive project compares them (Voucherify's `case_sensitive_codes: false`):
 * one code however its letters are cased, in every script, with full Unicode case folding (`ß`,
 * `ẞ` and `SS` are the same letters; accents match whether precomposed or combining). Kept apart
 * from {@link caseSensitiveCodes} so that a storefront of a case-sensitive project bundles no
 * case-folding table.
 */
export const caseInsensitiveCodes: CodeMatching = {
  caseSensitive: false,
  key: caselessKey,
  same: (a, b) => caselessKey(a) === caselessKey(b),
};
