import type { CustomerObject, Redemption } from '@promokit/voucherify';

import type { Catalog, RewardDefinition } from '../model/catalog.js';
import type { RedeemableDefinition } from '../model/redeemable-definition.js';
import { wireDiscount } from '../validation/redeemable-results.js';
import { rewardObject } from './loyalty-reward.js';

/** Who a reward went to, and the coupon published to them for a `CAMPAIGN` reward. */
export interface RewardRecipient {
  customer: CustomerObject | undefined;
  /** `cust_…` id of the holder the coupon is published to. */
  holderId: string | undefined;
  /** The coupon published (a `CAMPAIGN` reward only). */
  coupon?: RedeemableDefinition | undefined;
}

/**
 * A redemption's `reward` (spec `RedemptionRewardResult`) for a loyalty card that bought a product
 * or a coupon, as Voucherify's rollback example (`06-redemptions-rollback-single.json`) shows one:
 * the reward, its customer and assignment, and for a `CAMPAIGN` reward the `voucher` published to
 * the card's holder (`holder_id`); for a `MATERIAL` reward the `product` given.
 */
export function rewardResult(
  reward: Exclude<RewardDefinition, { type: 'COIN' }>,
  catalog: Catalog,
  { customer, holderId, coupon }: RewardRecipient,
): NonNullable<Redemption['reward']> {
  const { stock: _stock, redeemed: _redeemed, ...described } = rewardObject(reward);
  return {
    ...(customer ? { customer } : {}),
    assignment_id: `rewa_${reward.id.slice('rew_'.length)}`,
    ...(coupon
      ? {
          voucher: {
            id: coupon.id,
            code: coupon.code,
            campaign: coupon.campaign.name,
            campaign_id: coupon.campaign.id,
            type: 'DISCOUNT_VOUCHER',
            ...(coupon.discount ? { discount: wireDiscount(coupon.discount) } : {}),
            is_referral_code: false,
            holder_id: holderId ?? null,
            metadata: coupon.metadata,
            object: 'voucher',
          },
        }
      : {}),
    ...(reward.type === 'MATERIAL'
      ? {
          product: {
            id: reward.productId,
            name: catalog.productNames.get(reward.productId) ?? null,
            price: catalog.productPrices.get(reward.productId) ?? null,
            object: 'product',
          },
        }
      : {}),
    ...described,
  };
}
