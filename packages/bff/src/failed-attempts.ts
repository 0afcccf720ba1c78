import type { Rejection, RejectionReason } from '@promokit/core';

/**
 * Reasons that tell a caller something only guessing would: `not_found`, that a code does not
 * exist, and `insufficient_balance`, that a gift card holds less credit (or a loyalty card fewer
 * points) than was asked, so that asking for amounts until one is refused reads the balance.
 */
const GUESSING_REASONS: ReadonlySet<RejectionReason> = new Set(['not_found', 'insufficient_balance']);

/**
 * Whether `rejection` counts as a failed code attempt for the attempt limiter: an unknown code, or
 * a card refused for asking more than its balance, so that probing a gift card's balance amount by
 * amount is stopped like guessing codes (after 10 per session, 30 per IP address, by default).
 * Other refusals (a code that does not apply to this cart or customer) say nothing a shopper
 * could not learn from the code's own terms, and do not count. A card whose campaign admits only
 * its holder is refused to everyone else before its balance is looked at (engine README, "What
 * validation does"), so only its holder, or whoever has a card published to no one, can be told
 * `insufficient_balance` at all.
 */
export function isFailedAttempt(rejection: Rejection): boolean {
  return GUESSING_REASONS.has(rejection.reason);
}
