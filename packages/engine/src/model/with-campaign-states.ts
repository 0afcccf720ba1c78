import type { Seed } from '../seed/seed-schema.js';

/**
 * The seed with each campaign's `active` replaced by its switched state, where it has one, so
 * that a switched-off campaign's codes answer `voucher_disabled` and its tiers
 * `promotion_inactive`. Pure.
 */
export function withCampaignStates(seed: Seed, states: ReadonlyMap<string, boolean>): Seed {
  if (states.size === 0) return seed;
  return {
    ...seed,
    campaigns: seed.campaigns.map((campaign) => {
      const active = states.get(campaign.id);
      return active === undefined ? campaign : { ...campaign, active };
    }),
  };
}
