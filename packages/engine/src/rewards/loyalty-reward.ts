import type { PromoKitLoyaltyReward } from '@promokit/voucherify';

import type { RewardDefinition } from '../model/catalog.js';

/**
 * A reward as Voucherify's spec `Reward` writes it: its `type` and `parameters` (spec
 * `RewardType`: `coin` for pay with points, `product` for a material reward, `campaign` for a
 * coupon campaign).
 */
export function rewardObject(reward: RewardDefinition): PromoKitLoyaltyReward['reward'] {
  return {
    id: reward.id,
    name: reward.name,
    type: reward.type,
    parameters:
      reward.type === 'COIN'
        ? { coin: { exchange_ratio: reward.pointsValue, points_ratio: 1 } }
        : reward.type === 'MATERIAL'
          ? { product: { id: reward.productId } }
          : { campaign: { id: reward.couponCampaignId, type: 'DISCOUNT_COUPONS' } },
    stock: null,
    redeemed: null,
    metadata: {},
    created_at: reward.createdAt,
    updated_at: null,
    object: 'reward',
  };
}

/**
 * A loyalty program's reward with what it costs, as one item of Voucherify's
 * `GET /v1/loyalties/members/{memberId}/rewards` list (spec `LoyaltiesMembersRewardsListResponseBody`):
 * the `reward` and its `assignment` to the program, whose `parameters.loyalty.points` is the cost
 * (spec `RewardAssignmentParameters`; pay with points has no fixed cost, so none).
 */
export function loyaltyReward(reward: RewardDefinition): PromoKitLoyaltyReward {
  return {
    reward: rewardObject(reward),
    assignment: {
      id: `rewa_${reward.id.slice('rew_'.length)}`,
      reward_id: reward.id,
      related_object_id: reward.campaignId,
      related_object_type: 'campaign',
      ...(reward.type === 'COIN' ? {} : { parameters: { loyalty: { points: reward.points } } }),
      created_at: reward.createdAt,
      updated_at: null,
      object: 'reward_assignment',
    },
    object: 'loyalty_reward',
  };
}
