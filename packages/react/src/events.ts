import type { RejectionReason } from '@promokit/core';

/**
 * Analytics events in the Segment e-commerce spec's names and properties, so a storefront can
 * forward them to its CDP in one line: `onEvent={(e) => analytics.track(e.name, e.properties)}`.
 */
export type PromoEvent =
  | { name: 'Coupon Entered'; properties: { coupon_id: string; cart_id?: string } }
  | { name: 'Coupon Applied'; properties: { coupon_id: string; coupon_name?: string; discount: number } }
  | { name: 'Coupon Denied'; properties: { coupon_id: string; reason: RejectionReason } }
  | { name: 'Coupon Removed'; properties: { coupon_id: string } };
