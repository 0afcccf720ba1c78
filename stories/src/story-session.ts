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
