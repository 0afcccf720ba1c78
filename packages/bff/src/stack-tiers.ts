import type { QualificationsRedeemable } from '@promokit/voucherify';

/**
 * A qualification's redeemables with each promotion stack (`stack_…`) replaced by its tiers (its
 * `redeemables[]`, spec `QualificationsRedeemable`), in the stack's sequence, each redeemable once:
 * a stack can only be validated alone (DIGEST §5), while its tiers stack with the cart's codes, so
 * the kit applies an automatic stack as its tiers and shows each by its name and effect.
 */
export function withStackTiers(redeemables: readonly QualificationsRedeemable[]): QualificationsRedeemable[] {
  const seen = new Set<string>();
  return redeemables.flatMap((redeemable) =>
    (redeemable.object === 'promotion_stack' ? (redeemable.redeemables ?? []) : [redeemable]).filter(
      (member) => {
        const key = `${member.object}:${member.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      },
    ),
  );
}
