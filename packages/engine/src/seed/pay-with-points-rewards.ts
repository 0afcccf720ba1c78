import type { SeedInput } from './seed-schema.js';

/**
 * The pay-with-points reward of each loyalty campaign in a seed (campaign id → its first reward's
 * `rew_…` id): what a BFF sends with the points a shopper spends on a loyalty card.
 */
export function payWithPointsRewards(seed: SeedInput | undefined): Record<string, string> {
  return Object.fromEntries(
    (seed?.campaigns ?? []).flatMap((campaign) =>
      campaign.type === 'LOYALTY_PROGRAM' && campaign.rewards?.[0]
        ? [[campaign.id, campaign.rewards[0].id] as const]
        : [],
    ),
  );
}
