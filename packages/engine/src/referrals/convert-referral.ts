import { loyaltyCardsOf } from '../customers/loyalty-cards-of.js';
import type { Catalog } from '../model/catalog.js';
import type { RedeemableDefinition } from '../model/redeemable-definition.js';
import type { Store } from '../storage/store.js';

/** A referee converting through a referral code, and what converted them. */
export interface ReferralConversionInput {
  /** The referral code (a `REFERRAL_PROGRAM` voucher held by its referrer). */
  code: RedeemableDefinition;
  /** Customer id (`cust_…`) of the referee. */
  refereeId: string;
  /** The parent redemption (`r_…`) or the custom event that converted them. */
  convertedBy: string;
  /** ISO date-time. */
  date: string;
}

/**
 * Records a referral conversion and rewards the referrer as the campaign says: its
 * `referrer_reward.points` go to the referrer's loyalty card (the first one published to them),
 * once per referee and code, as Voucherify's referral tiers reward "each unique referee". A
 * referee who already converted through the code earns the referrer nothing more. Runs inside the
 * caller's transaction.
 *
 * @returns the points granted, `[loyalty card id, points]` (empty when nothing was), so that a
 * rolled-back redemption can take them back.
 */
export function convertReferral(
  store: Store,
  catalog: Catalog,
  { code, refereeId, convertedBy, date }: ReferralConversionInput,
): [string, number][] {
  if (code.campaign.type !== 'REFERRAL_PROGRAM' || store.hasReferral(code.id, refereeId)) return [];
  store.saveReferral({ voucherId: code.id, refereeId, campaignId: code.campaign.id, convertedBy, date });
  const points = code.campaign.referrerPoints;
  const [card] = loyaltyCardsOf(store, catalog, code.holder);
  if (points === undefined || card === undefined) return [];
  store.changeState({ id: card.id, uses: 0, credits: 0, points: 0, earnedPoints: points });
  return [[card.id, points]];
}
