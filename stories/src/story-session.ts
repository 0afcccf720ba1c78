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
 * card's balance, say) for the redemption, and only a validation that reaches the engine without
 * those codes releases it: one for a cart with an automatic promotion (free shipping over $75.00 on
 * a Summit Daypack), as a validation with nothing to validate is answered without the engine.
 */
export async function endSession(): Promise<void> {
  await storyClient.validate({ cart: { lines: [{ productId: 'summit-daypack', quantity: 1 }] }, codes: [] });
}
