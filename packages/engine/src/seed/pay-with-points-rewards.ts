import type { SeedInput } from './seed-schema.js';

/**
 * The pay-with-points reward of each loyalty campaign in a seed (campaign id → the `rew_…` id of
 * its first `COIN` reward): what a BFF sends with the points a shopper spends on a loyalty card.
 */
export function payWithPointsRewards(seed: SeedInput | undefined): Record<string, string> {
  return Object.fromEntries(
    (seed?.campaigns ?? []).flatMap((campaign) => {
      if (campaign.type !== 'LOYALTY_PROGRAM') return [];
      const coin = campaign.rewards.find((reward) => (reward.type ?? 'COIN') === 'COIN');
      return coin ? [[campaign.id, coin.id] as const] : [];
    }),
  );
}
