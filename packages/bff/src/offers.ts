import type { Offer } from '@promokit/core';
import type { QualificationsRedeemable } from '@promokit/voucherify';

import { toEffect } from './effects.js';
import { missingItems } from './rejections.js';

/**
 * Turns one qualified redeemable into an offer: codes and automatic promotion tiers, what they
 * take off the cart, and, for near misses, the amount and items still missing. Campaigns and
 * stacks, and redeemables with nothing to show, give `null`.
 */
export function toOffer(redeemable: QualificationsRedeemable): Offer | null {
  if (redeemable.object !== 'voucher' && redeemable.object !== 'promotion_tier') return null;
  const result = redeemable.result ?? {};
  const effect = toEffect(result);
  if (!effect) return null;
  const missingAmount = result.promokit?.missing_amount ?? undefined;
  const items = missingItems(result.bundle);
  const qualifies = !result.error && !missingAmount && !items.length;
  const productIds = (redeemable.applicable_to?.data ?? []).flatMap((target) => {
    const id = target.source_id ?? target.id;
    return target.object === 'product' && id ? [id] : [];
  });
  return {
    id: redeemable.id,
    ...(redeemable.object === 'voucher' ? { code: redeemable.id } : {}),
    label: redeemable.name ?? redeemable.campaign_name ?? redeemable.banner ?? redeemable.id,
    effect,
    qualifies,
    discount: qualifies ? (redeemable.order?.total_applied_discount_amount ?? 0) : 0,
    ...(missingAmount ? { missingAmount } : {}),
    ...(items.length ? { missingItems: items } : {}),
    ...(productIds.length ? { productIds } : {}),
  };
}
