import type { CodeEntry } from '@promokit/core';

import type { BffRuntime, Caller } from './bff-runtime.js';
import { type LoyaltyCard, loyaltyCards } from './loyalty-cards.js';

/**
 * The pay-with-points reward of each loyalty card among `codes` that spends points, keyed by the
 * code as `codes` spell it and found (as the project matches codes) through
 * the card's campaign in the shopper's wallet. Empty when no entry spends points, for a guest (a
 * card pays only for its holder), and when the wallet cannot be read (the validation then explains
 * the card's refusal).
 */
export async function pointsRewards(
  runtime: BffRuntime,
  codes: readonly CodeEntry[],
  caller: Caller,
  signal?: AbortSignal,
): Promise<ReadonlyMap<string, string>> {
  const spending = codes.flatMap((entry) => (typeof entry !== 'string' && entry.points ? [entry.code] : []));
  if (!spending.length || !caller.shopper) return new Map();
  let cards: LoyaltyCard[];
  try {
    cards = await loyaltyCards(runtime, caller.shopper, signal);
  } catch {
    return new Map();
  }
  // Keyed by the code as sent; the wallet spells the card as upstream does.
  return new Map(
    spending.flatMap((code) => {
      const card = cards.find((held) => runtime.codes.same(held.code, code));
      const reward = card?.campaignId && runtime.upstream.payWithPointsReward(card.campaignId);
      return reward ? [[code, reward] as const] : [];
    }),
  );
}
