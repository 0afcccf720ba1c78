import type { LoyaltyReward, WalletEntry } from '@promokit/core';
import type { PromoKitLoyaltyReward } from '@promokit/voucherify';

/**
 * A loyalty card's `rewards` for the kit's wallet, from the PromoKit engine's
 * `result.promokit.rewards` (items shaped as Voucherify's
 * `GET /v1/loyalties/members/{memberId}/rewards`): each `MATERIAL` reward as a `product` and each
 * `CAMPAIGN` reward as a `coupon`, with the points its assignment costs. Pay with points is the
 * card's `pointValue`, not a reward here; a reward without a cost is left out. Nothing when
 * upstream lists none (Voucherify's own qualifications do not).
 */
export function walletRewards(
  rewards: readonly PromoKitLoyaltyReward[] | null | undefined,
): Pick<WalletEntry, 'rewards'> | Record<string, never> {
  const listed = (rewards ?? []).flatMap(({ reward, assignment }): LoyaltyReward[] => {
    const points = assignment.parameters?.loyalty.points;
    if (!points || reward.type === 'COIN') return [];
    const productId = reward.parameters.product?.id;
    return [
      {
        id: reward.id,
        name: reward.name,
        kind: reward.type === 'MATERIAL' ? 'product' : 'coupon',
        points,
        ...(reward.type === 'MATERIAL' && productId ? { productId } : {}),
      },
    ];
  });
  return listed.length ? { rewards: listed } : {};
}
