import type { CodeKind, WalletEntry, WalletResponse } from '@promokit/core';
import { type QualificationsRedeemable, VoucherifyApiError } from '@promokit/voucherify';
import type { Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, callerOf } from '../bff-runtime.js';
import { toEffect } from '../effects.js';
import { isOutage } from '../is-outage.js';
import { walletRewards } from '../wallet-rewards.js';
import { walletTier } from '../wallet-tier.js';

/**
 * `POST /wallet`: the signed-in shopper's codes (Voucherify's `CUSTOMER_WALLET` qualification):
 * coupons and referral codes published to them, gift cards with their balance, loyalty cards with
 * their points and what a point pays. The shopper's own referral code is marked `ownReferral` (kind
 * `referral`): theirs to share, which Voucherify will not let them redeem. A loyalty card carries its
 * holder's tier and what the next one needs when upstream tells it (see {@link walletTier}). Empty
 * for a guest, and during an upstream outage. A loyalty card lists the products and coupons its
 * points buy, with their cost, when upstream tells them (see {@link walletRewards}).
 */
export function walletRoute(runtime: BffRuntime): Handler<BffEnv> {
  return async (c) => {
    const caller = await callerOf(runtime, c);
    const shopper = caller.shopper;
    if (!shopper) return c.json({ signedIn: false, entries: [] } satisfies WalletResponse);
    let entries: WalletEntry[] = [];
    try {
      const body = {
        customer: { source_id: shopper.sourceId },
        options: { limit: 50, expand: ['redeemable' as const] },
      };
      const signal = c.get('upstreamSignal');
      const wallet = await runtime.breaker.run(() => runtime.upstream.wallet(body, signal), signal);
      entries = await Promise.all(
        wallet.redeemables.data.flatMap((redeemable) => {
          const entry = toWalletEntry(redeemable);
          // The PromoKit engine lists a card's rewards in its qualification, even when there are none.
          const listed = Array.isArray(redeemable.result?.promokit?.rewards);
          return entry ? [listed ? entry : withMemberRewards(runtime, entry, signal)] : [];
        }),
      );
    } catch (error) {
      if (!isOutage(error)) throw error;
    }
    return c.json({ signedIn: true, entries } satisfies WalletResponse);
  };
}

/**
 * A loyalty card entry with the rewards upstream lists for the card (`GET
 * /v1/loyalties/members/{memberId}/rewards`, see {@link walletRewards}), for a qualification that
 * does not list them, as Voucherify's never do. The entry as it is when upstream has no such list, or
 * refuses or fails to answer it.
 */
async function withMemberRewards(
  runtime: BffRuntime,
  entry: WalletEntry,
  signal: AbortSignal | undefined,
): Promise<WalletEntry> {
  const memberRewards = runtime.upstream.memberRewards?.bind(runtime.upstream);
  if (entry.kind !== 'loyalty_card' || !memberRewards) return entry;
  try {
    const list = await runtime.breaker.run(() => memberRewards(entry.code, signal), signal);
    return { ...entry, ...walletRewards(list.data) };
  } catch (error) {
    if (error instanceof VoucherifyApiError || isOutage(error)) return entry;
    throw error;
  }
}

function toWalletEntry(redeemable: QualificationsRedeemable): WalletEntry | null {
  if (redeemable.object !== 'voucher') return null;
  const result = redeemable.result ?? {};
  const effect = toEffect(result);
  if (!effect) return null;
  // Voucherify refuses a referrer their own referral code: the code to share, not to redeem.
  const ownReferral = result.error?.key === 'referrer_not_permitted_to_redeem';
  const kind: CodeKind = result.gift
    ? 'gift_card'
    : result.loyalty_card
      ? 'loyalty_card'
      : ownReferral
        ? 'referral'
        : 'coupon';
  const balance = result.gift?.balance;
  const points = result.loyalty_card?.balance ?? result.loyalty_card?.points;
  // Voucherify's `exchange_ratio` is what `points_ratio` points (1 when absent) pay.
  const ratio = result.loyalty_card?.exchange_ratio;
  const pointValue = ratio && ratio / (result.loyalty_card?.points_ratio || 1);
  return {
    code: redeemable.id,
    kind,
    label: redeemable.name ?? redeemable.campaign_name ?? redeemable.id,
    effect,
    ...(typeof balance === 'number' && balance >= 0 ? { balance } : {}),
    ...(typeof points === 'number' && points >= 0 ? { points } : {}),
    ...(pointValue && pointValue > 0 ? { pointValue } : {}),
    ...(ownReferral ? { ownReferral } : {}),
    ...walletTier(result.promokit?.loyalty_tier),
    ...walletRewards(result.promokit?.rewards),
  };
}
