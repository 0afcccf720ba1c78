import type { BffRuntime, Caller } from './bff-runtime.js';
import type { PricedCart } from './catalog.js';
import { qualifyCart } from './qualify-cart.js';

// Voucherify caches qualifications for 5 minutes; a shorter cache here spares most lookups.
const TIERS_TTL_MS = 30_000;
// After a failed lookup, validate without tiers for a while rather than retry it on every request.
const FAILED_TTL_MS = 5_000;

/**
 * The automatic promotion tiers (`promo_…`) the cart qualifies for, which Voucherify applies only
 * when sent. Kept for 30 s per shopper and priced cart. Best effort: when the lookup fails, the
 * cart is validated without them (logged) and the failure is remembered for 5 s, so a failing
 * upstream is not asked again on every request; the validation itself still checks each tier.
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
    await runtime.store.set(key, '[]', FAILED_TTL_MS);
    return [];
  }
}
