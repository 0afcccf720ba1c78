import type { Applied, AppliedPromotion, CodeKind, Rejection, ValidateResponse } from '@promokit/core';
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
  const promotions: AppliedPromotion[] = [];
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
    const label = redeemable.campaign_name ?? redeemable.name ?? undefined;
    const discount = redeemable.order?.total_applied_discount_amount ?? 0;
    if (redeemable.object === 'promotion_tier') {
      promotions.push({ id: redeemable.id, label: label ?? redeemable.id, effect, discount });
    } else {
      applied.push({
        code: redeemable.id,
        kind: codeKind(redeemable.result),
        ...(label ? { label } : {}),
        effect,
        discount,
      });
    }
  }
  const appliedCodes = applied.map((item) => item.code);
  const rejected: Rejection[] = notApplied.map((item) => toRejection(item, appliedCodes));
  const subtotal = cartAmount(cart);
  const discount = Math.min(
    subtotal,
    [...applied, ...promotions].reduce((sum, item) => sum + item.discount, 0),
  );
  return {
    applied,
    promotions,
    rejected,
    totals: { currency: cart.currency, subtotal, discount, total: subtotal - discount },
  };
}

/** The kind of code an applicable voucher is, from what its result carries. */
function codeKind(result: { gift?: unknown; loyalty_card?: unknown }): CodeKind {
  if (result.gift) return 'gift_card';
  if (result.loyalty_card) return 'loyalty_card';
  return 'coupon';
}
