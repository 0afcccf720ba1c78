import type { BffRuntime, Caller } from './bff-runtime.js';
import type { PricedCart } from './catalog.js';
import { qualifyCart } from './qualify-cart.js';

/**
 * The automatic promotion tiers (`promo_…`) the cart qualifies for, which Voucherify applies only
 * when sent. Best effort: when the lookup fails, the cart is validated without them (logged).
 */
export async function automaticTiers(
  runtime: BffRuntime,
  cart: PricedCart,
  caller: Caller,
  onError: (error: unknown) => void,
  signal?: AbortSignal,
): Promise<string[]> {
  if (!cart.lines.length) return [];
  try {
    const offers = await qualifyCart(runtime, cart, caller, signal);
    return offers.flatMap((offer) => (offer.code === undefined && offer.qualifies ? [offer.id] : []));
  } catch (error) {
    onError(error);
    return [];
  }
}
