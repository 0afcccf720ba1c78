import type { PromoKitLoyaltyTier } from '@promokit/voucherify';

import type { LoyaltyTierDefinition } from '../model/catalog.js';

/**
 * The tier a loyalty card holder is in for `points` earned in all (the tier whose range holds
 * them: `from` included, `to` excluded), and the lowest tier above with the points it still needs
 * (`next`, absent at the top): PromoKit's `result.promokit.loyalty_tier`. `undefined` when the
 * program has no tiers or no tier holds `points`.
 */
export function loyaltyTierOf(
  tiers: readonly LoyaltyTierDefinition[],
  points: number,
): PromoKitLoyaltyTier | undefined {
  const current = tiers.find((tier) => points >= tier.from && (tier.to === undefined || points < tier.to));
  if (current === undefined) return undefined;
  const next = tiers
    .filter((tier) => tier.from > points)
    .reduce<LoyaltyTierDefinition | undefined>(
      (low, tier) => (low && low.from <= tier.from ? low : tier),
      undefined,
    );
  return {
    id: current.id,
    name: current.name,
    ...(next ? { next: { id: next.id, name: next.name, points_to_go: next.from - points } } : {}),
  };
}
