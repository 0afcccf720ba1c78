import type { Offer } from '@promokit/core';

import type { BffRuntime, Caller } from './bff-runtime.js';
import type { PricedCart } from './catalog.js';
import { toOffer } from './offers.js';
import { withStackTiers } from './stack-tiers.js';
import { upstreamCustomer, upstreamOrder } from './upstream-call.js';

/**
 * The offers for a priced cart and shopper: one upstream qualification (scenario `ALL`, best deal
 * first, up to 50); a promotion stack counts as its tiers (see {@link withStackTiers}).
 */
export async function qualifyCart(
  runtime: BffRuntime,
  cart: PricedCart,
  caller: Caller,
  signal?: AbortSignal,
): Promise<Offer[]> {
  const body = {
    ...upstreamCustomer(caller),
    order: upstreamOrder(cart),
    scenario: 'ALL' as const,
    options: { limit: 50, expand: ['redeemable' as const], sorting_rule: 'BEST_DEAL' as const },
  };
  const qualification = await runtime.breaker.run(() => runtime.upstream.qualify(body, signal), signal);
  return withStackTiers(qualification.redeemables.data).flatMap((redeemable) => toOffer(redeemable) ?? []);
}
