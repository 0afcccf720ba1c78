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
 * Records a referral conversion and rewards the referrer as the campaign's `referrer_reward` says,
 * once per referee and code, as Voucherify's referral tiers reward "each unique referee" (DIGEST
 * §9; the reward is a spec `Reward` of type `CAMPAIGN`, `RewardTypeCampaign`):
 *
 * - points alone: on the referrer's first loyalty card; a referrer holding none gets nothing;
 * - points of a named loyalty program: on the referrer's card of it, and a referrer holding none is
 *   published the program's first card without holder, which then holds the points;
 * - a coupon campaign: its first unpublished code is published to the referrer.
 *
 * A referee who already converted through the code earns the referrer nothing more, and so does a
 * conversion when the campaign named has no card or code left to publish. Runs inside the caller's
 * transaction.
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
  const { referrerPoints: points, referrerCampaignId: campaignId } = code.campaign;
  const referrer = code.holder;
  if (referrer === undefined) return [];
  const cards = loyaltyCardsOf(store, catalog, referrer);
  if (campaignId === undefined) {
    const [card] = cards;
    if (points === undefined || card === undefined) return [];
    store.changeState({ id: card.id, uses: 0, credits: 0, points: 0, earnedPoints: points });
    return [[card.id, points]];
  }
  const own = cards.find((card) => card.campaign.id === campaignId);
  const publishedId = own?.id ?? store.unpublished(campaignId).find((id) => store.publish(id, referrer));
  if (publishedId === undefined || points === undefined) return [];
  store.changeState({ id: publishedId, uses: 0, credits: 0, points: 0, earnedPoints: points });
  return [[publishedId, points]];
}
