import type { CampaignType, Category, Metadata } from '@promokit/voucherify';

import type { EngineDiscount, ValidationRule } from '../seed/seed-schema.js';

/** When a redeemable can be used: dates, days of the week and a repeating time frame. */
export interface Validity {
  active: boolean;
  /** ISO date-time from which it works. */
  startDate: string | undefined;
  /** ISO date-time from which it no longer works. */
  expirationDate: string | undefined;
  /** Days it works on, 0 = Sunday (in {@link Validity.timeZone}); every day when `undefined`. */
  daysOfWeek: readonly number[] | undefined;
  /**
   * Daily periods it works in (Voucherify's `validity_hours.daily`): minutes from local midnight,
   * `from` included and `until` excluded, on the listed days; any time when `undefined`.
   */
  hours: readonly { from: number; until: number; days: readonly number[] }[] | undefined;
  /** The project's IANA time zone, in which days of the week and hours are read. */
  timeZone: string;
  /** Repeating window from `startDate`: on for `durationMs` every `intervalMs`. */
  timeframe: { intervalMs: number; durationMs: number } | undefined;
}

/** The campaign a redeemable belongs to, with what its type needs. */
export interface CampaignDefinition {
  id: string;
  name: string;
  type: CampaignType;
  /** Loyalty: points earned per `every` hundredths of a paid order's total. */
  earning: { points: number; every: number } | undefined;
  /** Referral: points the referrer earns for each referee's conversion. */
  referrerPoints: number | undefined;
  /**
   * Referral: the campaign whose code (`DISCOUNT_COUPONS`) or card (`LOYALTY_PROGRAM`, with
   * {@link CampaignDefinition.referrerPoints}) the referrer gets; `undefined` for points on any card they hold.
   */
  referrerCampaignId?: string | undefined;
  /**
   * Referral: what converts a referee, redeeming the code or a custom event of this name;
   * `undefined` for other campaigns.
   */
  conversion: { type: 'redemption' } | { type: 'custom_event'; eventName: string } | undefined;
}

/**
 * A code or promotion tier as the engine evaluates it, built from the seed: the campaign's dates,
 * rules and categories folded in (the redeemable's own dates win). Counters and balances live in
 * storage ({@link RedeemableState}).
 */
export interface RedeemableDefinition {
  object: 'voucher' | 'promotion_tier';
  /** `v_…` or `promo_…`. */
  id: string;
  /** The code, for vouchers. */
  code: string | undefined;
  campaign: CampaignDefinition;
  name: string | undefined;
  banner: string | undefined;
  /** The discount; gift and loyalty cards have none. */
  discount: EngineDiscount | undefined;
  /** Gift card credit when issued, hundredths. */
  giftAmount: number | undefined;
  /** `source_id` of the customer the code is published to (the referrer, for referral codes). */
  holder: string | undefined;
  validity: Validity;
  /** Maximum number of uses; unlimited when `undefined`. */
  quantity: number | undefined;
  rules: readonly ValidationRule[];
  categories: readonly Category[];
  metadata: Metadata;
  /** ISO date-time; the qualification paging cursor. */
  createdAt: string;
}

/** A redeemable's live counters, read from storage. */
export interface RedeemableState {
  redeemedQuantity: number;
  /** Gift card balance, hundredths. */
  giftBalance: number | undefined;
  /** Loyalty card points earned in all. */
  loyaltyPoints: number | undefined;
  /** Loyalty card points left. */
  loyaltyBalance: number | undefined;
  /** `source_id` of the customer it is published to now (the seed's holder, or a later publication). */
  holder?: string | undefined;
  /** Uses, credits and points unexpired sessions other than the request's hold. */
  locked: { uses: number; credits: number; points: number };
}
