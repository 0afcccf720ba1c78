import type { CampaignType } from '@promokit/voucherify';

import type { Seed } from '../seed/seed-schema.js';

/** A campaign as the demo's sales panel lists it: whether it is switched on right now. */
export interface CampaignSummary {
  /** `camp_…`. */
  id: string;
  name: string;
  type: CampaignType;
  /** The seed's `active`, unless the campaign was switched on or off since. */
  active: boolean;
}

/**
 * The seed's campaigns, in seed order, with `states` (switched on or off by campaign id) folded
 * into `active`. Pure.
 */
export function campaignSummaries(seed: Seed, states: ReadonlyMap<string, boolean>): CampaignSummary[] {
  return seed.campaigns.map((campaign) => ({
    id: campaign.id,
    name: campaign.name,
    type: campaign.type,
    active: states.get(campaign.id) ?? campaign.active,
  }));
}
