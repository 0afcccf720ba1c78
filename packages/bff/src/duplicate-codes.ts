import type { CodeEntry, CodeMatching, Rejection, ValidateResponse } from '@promokit/core';

import { codeOf } from './unique-codes.js';

/**
 * The answers for the codes of a request that repeat an earlier one under the project's matching
 * (`WELCOME10` after `welcome10` where `case_sensitive_codes` is `false`), which are sent upstream
 * once ({@link uniqueCodes}, since Voucherify rejects a request naming one code twice): each is
 * `already_applied` when its first spelling applied, else refused as that spelling was, under its
 * own spelling. So every code a request names is answered, applied or rejected, and a client
 * never has to guess what became of one.
 */
export function duplicateCodes(
  codes: readonly CodeEntry[],
  matching: CodeMatching,
  response: Pick<ValidateResponse, 'applied' | 'rejected'>,
): Rejection[] {
  const first = new Map<string, string>();
  const answers: Rejection[] = [];
  for (const entry of codes) {
    const code = codeOf(entry);
    const key = matching.key(code);
    const held = first.get(key);
    if (held === undefined) {
      first.set(key, code);
      continue;
    }
    const refused = response.rejected.find((item) => item.code === held);
    answers.push(
      refused && !response.applied.some((item) => item.code === held)
        ? { ...refused, code }
        : { reason: 'already_applied', code },
    );
  }
  return answers;
}
