import type { RejectionReason } from '@promokit/core';

/** Properties of every coupon event (Segment e-commerce spec). */
export interface CouponEventProperties {
  /** The code, normalised. */
  coupon_id: string;
  /** The storefront's cart id, when given to {@link usePromoCart}. */
  cart_id?: string;
}

/** Properties of the promotion events (Segment e-commerce spec). */
export interface PromotionEventProperties {
  /** The offer's id: the code for a voucher, `promo_…` for an automatic promotion. */
  promotion_id: string;
  /** The offer's label. */
  name: string;
  /** Where it was shown: the journey stage. */
  creative: string;
  /** Its place in the stage's list of offers, from 1. */
  position: string;
}

/**
 * Analytics events in the Segment e-commerce spec's names and properties, so a storefront can
 * forward them to its CDP in one line: `onEvent={(e) => analytics.track(e.name, e.properties)}`.
 * Discounts are in the currency's main unit (6.5 for $6.50), as the spec expects.
 */
export type PromoEvent =
  | { name: 'Coupon Entered'; properties: CouponEventProperties }
  | {
      name: 'Coupon Applied';
      properties: CouponEventProperties & { coupon_name?: string; discount: number };
    }
  | { name: 'Coupon Denied'; properties: CouponEventProperties & { reason: RejectionReason } }
  | {
      name: 'Coupon Removed';
      properties: CouponEventProperties & { coupon_name?: string; discount?: number };
    }
  | { name: 'Promotion Viewed'; properties: PromotionEventProperties }
  | { name: 'Promotion Clicked'; properties: PromotionEventProperties };
