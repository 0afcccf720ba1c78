import type { ValidationsValidateRequestBody } from '@promokit/voucherify';

import type { PricedCart } from './catalog.js';
import type { Shopper } from './identity/identity.js';
import type { StackMember } from './stack-member.js';
import { upstreamOrder } from './upstream-call.js';

/** What else {@link toValidationBody} puts in the body. */
export interface ValidationBodyExtras {
  /**
   * Validate under a `LOCK` session, reserving each code's use until redeem; `key` continues the
   * shopper's session. The lock lasts `ttlMinutes` (default 30).
   */
  lock?: { key: string | null; ttlMinutes?: number };
  /** The storefront's order id, sent as `order.source_id` when redeeming. */
  orderId?: string;
  /**
   * The pay-with-points reward of each loyalty card code, for entries that spend `points`; an
   * entry naming its own `reward` (a product or coupon its points buy) sends that one, without points.
   */
  rewards?: ReadonlyMap<string, string>;
}

/**
 * The upstream validation (or redemption) body for a priced cart: server prices (the shipping
 * charge as Voucherify's shipping line) and the server-known customer only; nothing the browser
 * claims about prices or identity. `redeemables` go upstream in the order given: the codes and
 * automatic promotion tiers (`promo_…`) as {@link settleStack} orders them.
 */
export function toValidationBody(
  cart: PricedCart,
  redeemables: readonly StackMember[],
  shopper: Shopper | null,
  extras: ValidationBodyExtras = {},
): ValidationsValidateRequestBody {
  return {
    redeemables: redeemables.map((member) => {
      if (member.object === 'promotion_tier') return { object: 'promotion_tier' as const, id: member.id };
      const entry = member.entry;
      return typeof entry === 'string'
        ? { object: 'voucher' as const, id: entry }
        : {
            object: 'voucher' as const,
            id: entry.code,
            ...(entry.amount ? { gift: { credits: entry.amount } } : {}),
            ...(entry.reward
              ? { reward: { id: entry.reward } }
              : entry.points
                ? { reward: { id: extras.rewards?.get(entry.code) ?? null, points: entry.points } }
                : {}),
          };
    }),
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
