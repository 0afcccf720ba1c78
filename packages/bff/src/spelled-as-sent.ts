import type { CodeEntry, CodeMatching } from '@promokit/core';

import { codeOf } from './unique-codes.js';
import type { UpstreamValidation } from './validate-response.js';

/**
 * The validation with each code named as the request spelled it. A case-insensitive project may
 * answer with the voucher's own spelling (the embedded engine does: the spec's `id` is "the voucher
 * code"), yet the kit shows a code as the shopper typed it, and the storefront finds each answer by
 * the code it sent. `codes` are the request's, unique under `matching`, so each answer has one.
 */
export function spelledAsSent<T extends UpstreamValidation>(
  validation: T,
  codes: readonly CodeEntry[],
  matching: CodeMatching,
): T {
  const sent = new Map(codes.map((entry) => [matching.key(codeOf(entry)), codeOf(entry)]));
  const respell = <R extends { id: string; object: string }>(redeemable: R): R => {
    const spelling = redeemable.object === 'voucher' ? sent.get(matching.key(redeemable.id)) : undefined;
    return spelling === undefined || spelling === redeemable.id
      ? redeemable
      : { ...redeemable, id: spelling };
  };
  return {
    ...validation,
    redeemables: validation.redeemables.map(respell),
    ...(validation.inapplicable_redeemables
      ? { inapplicable_redeemables: validation.inapplicable_redeemables.map(respell) }
      : {}),
    ...(validation.skipped_redeemables
      ? { skipped_redeemables: validation.skipped_redeemables.map(respell) }
      : {}),
  };
}
