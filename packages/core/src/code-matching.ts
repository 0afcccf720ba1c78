import { normalizeCode } from './normalize-code.js';

/**
 * How a promotion project compares codes: Voucherify's `case_sensitive_codes` project setting
 * (`readOnly-openAPI.json`, `ManagementProject`: with `true`, `C0dE-cfV` is not `c0de-cfv`). The
 * BFF and the storefront's provider take the same one as the project, so that duplicates, "already
 * applied", removal and the answers for each code follow the project. A match never changes a
 * code's spelling: codes are shown as the shopper typed them.
 *
 * Two matchings exist: {@link caseSensitiveCodes} and {@link caseInsensitiveCodes}.
 */
export interface CodeMatching {
  /** Whether letters in different case make different codes. */
  readonly caseSensitive: boolean;
  /** A key that two codes share exactly when the project takes them for the same code. */
  key(code: string): string;
  /** Whether the project takes `a` and `b` for the same code. */
  same(a: string, b: string): boolean;
}

/**
 * Codes as a case-sensitive project compares them (Voucherify's `case_sensitive_codes: true`, the
 * kit's default): `Sp7x-kQ2m` and `SP7X-KQ2M` are two codes. Only surrounding white space and the
 * Unicode form are disregarded ({@link normalizeCode}), so a code matches however its accents were
 * encoded.
 */
export const caseSensitiveCodes: CodeMatching = {
  caseSensitive: true,
  key: normalizeCode,
  same: (a, b) => normalizeCode(a) === normalizeCode(b),
};
