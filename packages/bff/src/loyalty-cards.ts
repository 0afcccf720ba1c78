import type { BffRuntime } from './bff-runtime.js';
import type { Shopper } from './identity/identity.js';

/** A loyalty card the shopper holds, as their wallet shows it. */
export interface LoyaltyCard {
  code: string;
  /** The loyalty campaign, whose pay-with-points reward the card spends points on. */
  campaignId: string | undefined;
  /** Points on the card. */
  balance: number;
}

/**
 * The loyalty cards in the shopper's wallet (Voucherify's `CUSTOMER_WALLET` qualification), with
 * their campaign and balance.
 */
export async function loyaltyCards(
  runtime: BffRuntime,
  shopper: Shopper,
  signal?: AbortSignal,
): Promise<LoyaltyCard[]> {
  const body = {
    customer: { source_id: shopper.sourceId },
    options: { limit: 50, expand: ['redeemable' as const] },
  };
  const wallet = await runtime.breaker.run(() => runtime.upstream.wallet(body, signal), signal);
  return wallet.redeemables.data.flatMap((redeemable) => {
    const card = redeemable.result?.loyalty_card;
    if (redeemable.object !== 'voucher' || !card) return [];
    return [
      {
        code: redeemable.id,
        campaignId: redeemable.campaign_id ?? undefined,
        balance: card.balance ?? card.points ?? 0,
      },
    ];
  });
}
