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
  const lines = cart.lines.map((line) => `${line.productId}*${line.quantity}@${line.price}`).sort();
  const key = `tiers:${caller.shopper?.sourceId ?? ''}:${lines.join(',')}`;
  const cached = await runtime.store.get(key);
  if (cached) return JSON.parse(cached) as string[];
  try {
    const offers = await qualifyCart(runtime, cart, caller, signal);
    const tiers = offers.flatMap((offer) => (offer.code === undefined && offer.qualifies ? [offer.id] : []));
    await runtime.store.set(key, JSON.stringify(tiers), TIERS_TTL_MS);
    return tiers;
  } catch (error) {
    onError(error);
    return [];
  }
}
