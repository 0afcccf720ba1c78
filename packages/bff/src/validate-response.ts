import type { Applied, Rejection, ValidateResponse } from '@promokit/core';
import type {
  ValidationsRedeemableInapplicable,
  ValidationsRedeemableSkipped,
  ValidationsValidateResponseBody,
} from '@promokit/voucherify';

import type { PricedCart } from './catalog.js';
import { toEffect } from './effects.js';
import { toRejection } from './rejections.js';

/** Sum of a priced cart's lines, in minor units. */
export function cartAmount(cart: PricedCart): number {
  return cart.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
}

/** What the mapping reads of a validation: PARTIAL mode lists the rest beside `redeemables`. */
export type UpstreamValidation = Pick<
  ValidationsValidateResponseBody,
  'redeemables' | 'inapplicable_redeemables' | 'skipped_redeemables'
>;

/**
 * Turns Voucherify's validation answer into the kit's: applied codes, rejections, totals. The total
 * discount is the sum of what each applicable redeemable applied, which holds whether the project
 * stacks in ALL or PARTIAL application mode.
 */
export function toValidateResponse(cart: PricedCart, validation: UpstreamValidation): ValidateResponse {
  const applied: Applied[] = [];
  const notApplied: (ValidationsRedeemableInapplicable | ValidationsRedeemableSkipped)[] = [
    ...(validation.inapplicable_redeemables ?? []),
    ...(validation.skipped_redeemables ?? []),
  ];
  for (const redeemable of validation.redeemables) {
    if (redeemable.status !== 'APPLICABLE') {
      notApplied.push(redeemable);
      continue;
    }
    const effect = toEffect(redeemable.result);
    if (!effect) continue;
    const label = redeemable.campaign_name ?? redeemable.name;
    applied.push({
      code: redeemable.id,
      ...(label ? { label } : {}),
      effect,
      discount: redeemable.order?.total_applied_discount_amount ?? 0,
    });
  }
  const appliedCodes = applied.map((item) => item.code);
  const rejected: Rejection[] = notApplied.map((item) => toRejection(item, appliedCodes));
  const subtotal = cartAmount(cart);
  const discount = Math.min(
    subtotal,
    applied.reduce((sum, item) => sum + item.discount, 0),
  );
  return {
    applied,
    rejected,
    totals: { currency: cart.currency, subtotal, discount, total: subtotal - discount },
  };
}
