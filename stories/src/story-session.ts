import { type Cart, type CodeEntry, isPromoError } from '@promokit/core';

import { storyClient } from './story-offers.js';

/** The demo BFF's shoppers (see `@promokit/bff`'s demo personas and the engine's demo seed). */
export type Persona = 'guest' | 'new-customer' | 'returning-customer' | 'loyalty-member' | 'referred-friend';

/**
 * Starts a new demo session as `persona`, so the real BFF answers for that shopper: their wallet,
 * segments and loyalty card. A new session also starts the failed-code limits afresh.
 */
export async function startSession(persona: Persona): Promise<void> {
  const response = await fetch('/api/promotions/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
    credentials: 'include',
  });
  if (!response.ok) throw new Error(`The demo BFF did not start a session as ${persona}: ${response.status}`);
}

/**
 * Gives back what the story's session reserved. The BFF keeps a session's validation lock (a gift
 * card's credit, a single-use code's use) for the redemption; a validation without codes releases
 * it upstream, as removing a shopper's last code does, so the next story finds every code free.
 */
export async function endSession(): Promise<void> {
  await storyClient.validate({ cart: { lines: [] }, codes: [] });
}

/**
 * Places an order as `persona`, in a new session of theirs: the real redemption of `codes` on
 * `cart`, which fails unless the order is redeemed (a code that no longer applies is left out, in
 * the redemption's `rejected`).
 */
export async function redeemAs(persona: Persona, cart: Cart, codes: CodeEntry[]) {
  await startSession(persona);
  const redemption = await storyClient.redeem({ orderId: `story-${crypto.randomUUID()}`, cart, codes });
  if (redemption.status !== 'redeemed')
    throw new Error(`The demo BFF did not redeem ${JSON.stringify(codes)}`);
  return redemption;
}

/**
 * Tries unknown codes in the story's session until the BFF refuses to check more (it allows a
 * session ten failed attempts), as a shopper guessing codes would.
 */
export async function guessCodesUntilRefused(): Promise<void> {
  for (let guess = 1; guess <= 20; guess++) {
    try {
      // A cart with goods: an empty cart takes no code, so its codes are not even looked up.
      await storyClient.validate({
        cart: { lines: [{ productId: 'mug', quantity: 1 }] },
        codes: [`GUESS${guess}`],
      });
    } catch (error) {
      if (isPromoError(error) && error.code === 'rate_limited') return;
      throw error;
    }
  }
  throw new Error('The demo BFF checked 20 unknown codes without refusing any');
}
