import { type Offer, qualificationsRequestSchema, type QualificationsResponse } from '@promokit/core';
import type { Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, callerOf } from '../bff-runtime.js';
import { rememberTiers } from '../automatic-tiers.js';
import { isOutage } from '../is-outage.js';
import { parseBody } from '../parse-body.js';
import { priceCart } from '../price-cart.js';
import { qualifyCart } from '../qualify-cart.js';
import { withinBudget } from '../within-budget.js';

/**
 * `POST /qualifications`: the offers for a journey stage. On listing and product pages with
 * `productIds`, offers aimed at other products are left out. Near misses carry the amount and
 * items still missing. An upstream outage answers no offers, and so does an upstream slower than
 * the route's budget (`UpstreamBudgets.qualifications`); the qualification then finishes on its
 * own, so that its answer still tells the circuit breaker that the upstream is up. The cart's
 * automatic tiers are kept for its validation ({@link rememberTiers}).
 */
export function qualificationsRoute(runtime: BffRuntime): Handler<BffEnv> {
  return async (c) => {
    const request = await parseBody(c.req.raw, qualificationsRequestSchema);
    const cart = await priceCart(runtime.catalog, request.cart.lines);
    const caller = await callerOf(runtime, c);
    let offers: Offer[] = [];
    try {
      // A read: past the budget the page gets no offers, while the call finishes upstream.
      offers = await withinBudget(qualifyCart(runtime, cart, caller), c.get('upstreamSignal'));
      // The checkout's validation of this cart, next, need not ask again for its automatic tiers.
      await rememberTiers(runtime, cart, caller, offers);
    } catch (error) {
      if (!isOutage(error)) throw error;
    }
    const shown = new Set(request.productIds ?? []);
    const response: QualificationsResponse = {
      stage: request.stage,
      offers: shown.size
        ? offers.filter((offer) => !offer.productIds || offer.productIds.some((id) => shown.has(id)))
        : offers,
    };
    return c.json(response);
  };
}
