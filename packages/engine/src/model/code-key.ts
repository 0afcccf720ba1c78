import { caseFold } from 'unicode-case-folding';

/**
 * The key by which a project finds a voucher from a code, after Voucherify's `case_sensitive_codes`
 * project setting (`ManagementProject` in the spec): two codes name the same voucher exactly when
 * their keys are equal.
 *
 * - Case-sensitive: the code in NFC. Canonically equivalent strings are the same text (Unicode
 *   Standard Annex #15), so `CAFÉ` typed with a combining accent finds `CAFÉ`; `café` does not.
 * - Case-insensitive: Unicode's canonical caseless match (The Unicode Standard §3.13, D145) with
 *   full case folding from `CaseFolding.txt` (the `unicode-case-folding` table), written in NFC:
 *   `FUSSBALL5`, `fußball5` and `FUẞBALL5` find `FUßBALL5`, `café` finds `CAFÉ` however it is
 *   encoded. The same matching as `@promokit/core`'s `caseInsensitiveCodes`.
 *
 * The engine trims nothing: a code with spaces around it is another code, as upstream.
 */
export function codeKeyOf(caseSensitive: boolean): (code: string) => string {
  return caseSensitive
    ? (code) => code.normalize('NFC')
    : (code) => caseFold(code.normalize('NFD')).normalize('NFC');
}
