import type { BoughtReward, CodeEntry, CodeMatching } from '@promokit/core';
import type { Redemption } from '@promokit/voucherify';

/**
 * The loyalty rewards a redemption bought (each child redemption's `reward`, spec
 * `RedemptionRewardResult`): a `MATERIAL` reward as the `product` given, a `CAMPAIGN` reward as the
 * `coupon` published to the shopper (its `voucher.code`), with the points the card paid. Each is
 * named by its card's code as `sent` spells it. Pay with points buys no reward and is left out.
 */
export function boughtRewards(
  redemptions: readonly Redemption[],
  sent: readonly CodeEntry[],
  codes: CodeMatching,
): BoughtReward[] {
  return redemptions.flatMap((redemption): BoughtReward[] => {
    const reward = redemption.reward;
    const card = (redemption.voucher as { code?: unknown } | null | undefined)?.code;
    if (!reward?.id || (reward.type !== 'MATERIAL' && reward.type !== 'CAMPAIGN') || typeof card !== 'string')
      return [];
    const entry = sent.find((candidate) =>
      codes.same(typeof candidate === 'string' ? candidate : candidate.code, card),
    );
    const coupon = reward.voucher?.code;
    const productId = reward.product?.id;
    return [
      {
        code: entry === undefined ? card : typeof entry === 'string' ? entry : entry.code,
        id: reward.id,
        name: reward.name ?? reward.id,
        kind: reward.type === 'MATERIAL' ? 'product' : 'coupon',
        points: redemption.loyalty_card?.points ?? 0,
        ...(reward.type === 'CAMPAIGN' && coupon ? { coupon } : {}),
        ...(reward.type === 'MATERIAL' && productId ? { productId } : {}),
      },
    ];
  });
}
