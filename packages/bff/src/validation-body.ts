import type { CodeEntry } from '@promokit/core';
import type { ValidationsValidateRequestBody } from '@promokit/voucherify';

import type { PricedCart } from './catalog.js';
import type { Shopper } from './identity.js';
import { upstreamOrder } from './upstream-call.js';

/** What else {@link toValidationBody} puts in the body. */
export interface ValidationBodyExtras {
  /** Automatic promotion tiers (`promo_…`) found by qualification, applied after the codes. */
  promotionTiers?: readonly string[];
  /**
   * Validate under a `LOCK` session, reserving each code's use until redeem; `key` continues the
   * shopper's session. The lock lasts `ttlMinutes` (default 30).
   */
  lock?: { key: string | null; ttlMinutes?: number };
  /** The storefront's order id, sent as `order.source_id` when redeeming. */
  orderId?: string;
  /** The pay-with-points reward of each loyalty card code, for entries that spend `points`. */
  rewards?: ReadonlyMap<string, string>;
}

/**
 * The upstream validation (or redemption) body for a priced cart: server prices and the
 * server-known customer only; nothing the browser claims about prices or identity.
 */
export function toValidationBody(
  cart: PricedCart,
  codes: readonly CodeEntry[],
  shopper: Shopper | null,
  extras: ValidationBodyExtras = {},
): ValidationsValidateRequestBody {
  return {
    redeemables: [
      ...codes.map((entry) =>
        typeof entry === 'string'
          ? { object: 'voucher' as const, id: entry }
          : {
              object: 'voucher' as const,
              id: entry.code,
              ...(entry.amount ? { gift: { credits: entry.amount } } : {}),
              ...(entry.points
                ? { reward: { id: extras.rewards?.get(entry.code) ?? null, points: entry.points } }
                : {}),
            },
      ),
      ...(extras.promotionTiers ?? []).map((id) => ({ object: 'promotion_tier' as const, id })),
    ],
    order: upstreamOrder(cart, extras.orderId),
    ...(shopper ? { customer: { source_id: shopper.sourceId, metadata: shopper.metadata ?? {} } } : {}),
    ...(extras.lock
      ? {
          session: {
            type: 'LOCK' as const,
            ...(extras.lock.key ? { key: extras.lock.key } : {}),
            ttl: extras.lock.ttlMinutes ?? 30,
            ttl_unit: 'MINUTES' as const,
          },
        }
      : {}),
    options: { expand: ['order', 'redeemable'] },
  };
}
