import { PromoError } from '@promokit/core';

import { orderClaimKey } from './order-record.js';
import type { BffStore } from './store.js';

/** How long a change to an order waits for a redeem of the same order to finish, in milliseconds. */
const CLAIM_WAIT_MS = 3_000;
/** How long a claim outlives an instance that stopped while holding it, in milliseconds. */
const CLAIM_TTL_MS = 30_000;
const POLL_MS = 20;

/**
 * Runs `change` holding the order's claim (the one `/redeem` holds while it redeems the order), so
 * that nothing else changes the order's record meanwhile on any instance sharing `store`.
 *
 * @throws PromoError `unavailable` (503, `retryAfter` 1) when the order stays claimed for 3 s (it
 *   is being redeemed); whatever `change` throws.
 */
export async function withOrderClaim<T>(
  store: BffStore,
  orderId: string,
  change: () => Promise<T>,
): Promise<T> {
  const claim = orderClaimKey(orderId);
  for (const deadline = Date.now() + CLAIM_WAIT_MS; ;) {
    if (await store.setIfAbsent(claim, 'change', CLAIM_TTL_MS)) break;
    if (Date.now() >= deadline) {
      throw new PromoError('unavailable', 'The order is being redeemed; retry shortly', {
        status: 503,
        retryAfter: 1,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await change();
  } finally {
    await store.delete(claim);
  }
}
