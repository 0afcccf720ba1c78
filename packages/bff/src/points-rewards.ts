import type { CodeEntry } from '@promokit/core';

import type { BffRuntime, Caller } from './bff-runtime.js';
import { type LoyaltyCard, loyaltyCards } from './loyalty-cards.js';

/**
 * The pay-with-points reward of each loyalty card among `codes` that spends points, found through
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
  const spending = new Set(
    codes.flatMap((entry) => (typeof entry !== 'string' && entry.points ? [entry.code] : [])),
  );
  if (!spending.size || !caller.shopper) return new Map();
  let cards: LoyaltyCard[];
  try {
    cards = await loyaltyCards(runtime, caller.shopper, signal);
  } catch {
    return new Map();
  }
  return new Map(
    cards.flatMap((card) => {
      const reward = card.campaignId && runtime.upstream.payWithPointsReward(card.campaignId);
      return spending.has(card.code) && reward ? [[card.code, reward] as const] : [];
    }),
  );
}
