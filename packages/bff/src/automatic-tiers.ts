import type { Offer } from '@promokit/core';

import type { BffRuntime, Caller } from './bff-runtime.js';
import type { PricedCart } from './catalog.js';
import { qualifyCart } from './qualify-cart.js';

// Voucherify caches qualifications for 5 minutes; a shorter cache here spares most lookups.
const TIERS_TTL_MS = 30_000;

/**
 * The automatic promotion tiers (`promo_…`) the cart qualifies for, which Voucherify applies only
 * when sent. Kept for 30 s per shopper and priced cart. Best effort: when the lookup fails, this
 * request's cart is validated without them (logged). A failure is not remembered: the circuit
 * breaker already keeps a failing upstream from being asked, and the first request once it is back
 * finds the tiers again, so no shopper is shown a higher total for seconds after a restart.
 */
export async function automaticTiers(
  runtime: BffRuntime,
  cart: PricedCart,
  caller: Caller,
  onError: (error: unknown) => void,
  signal?: AbortSignal,
): Promise<string[]> {
  if (!cart.lines.length) return [];
  const cached = await runtime.store.get(tiersKey(cart, caller));
  if (cached) return JSON.parse(cached) as string[];
  try {
    return await rememberTiers(runtime, cart, caller, await qualifyCart(runtime, cart, caller, signal));
  } catch (error) {
    onError(error);
    return [];
  }
}

/**
 * Keeps the automatic tiers among `offers`, the answer of {@link qualifyCart} for this cart and
 * shopper, for the next validation of the same cart: the offers a page just showed spare the
 * validation that follows its own qualification upstream (the heaviest call of a checkout).
 * Returns the tiers' ids.
 */
export async function rememberTiers(
  runtime: BffRuntime,
  cart: PricedCart,
  caller: Caller,
  offers: readonly Offer[],
): Promise<string[]> {
  const tiers = offers.flatMap((offer) => (offer.code === undefined && offer.qualifies ? [offer.id] : []));
  if (cart.lines.length) await runtime.store.set(tiersKey(cart, caller), JSON.stringify(tiers), TIERS_TTL_MS);
  return tiers;
}

function tiersKey(cart: PricedCart, caller: Caller): string {
  const lines = cart.lines.map((line) => `${line.productId}*${line.quantity}@${line.price}`).sort();
  return `tiers:${caller.shopper?.sourceId ?? ''}:${lines.join(',')}`;
}
