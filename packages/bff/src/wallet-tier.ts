import type { WalletEntry } from '@promokit/core';
import type { PromoKitLoyaltyTier } from '@promokit/voucherify';

/**
 * A loyalty card's `tier` for the kit's wallet, from the PromoKit engine's
 * `result.promokit.loyalty_tier`: the tier's name, and the next tier's with the points still to
 * earn. Nothing when upstream tells no tier (Voucherify tells tiers only through its deprecated
 * `/v1/loyalties/…/tiers` endpoints).
 */
export function walletTier(
  tier: PromoKitLoyaltyTier | null | undefined,
): Pick<WalletEntry, 'tier'> | Record<string, never> {
  if (!tier) return {};
  const next = tier.next;
  return {
    tier: {
      name: tier.name,
      ...(next ? { next: { name: next.name, pointsToGo: next.points_to_go } } : {}),
    },
  };
}
