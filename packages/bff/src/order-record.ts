import type { RedeemResponse } from '@promokit/core';

import type { Caller } from './bff-runtime.js';
import type { LoyaltyCard } from './loyalty-cards.js';
import type { BffStore } from './store.js';

/** A `redeemed` answer. */
type Redeemed = Extract<RedeemResponse, { status: 'redeemed' }>;

/**
 * A redemption sent upstream whose outcome the BFF does not know: written before the redemption
 * is sent, and kept when its answer is lost (a timeout, a dropped connection, a 5xx), so that
 * every instance sharing the store, before and after a restart, finds out what upstream booked
 * before redeeming the order again.
 */
export interface InDoubt {
  /** When the redemption was sent, in milliseconds since the epoch. */
  sentAt: number;
  /** The answer the order gets if upstream booked it, as validated just before. */
  booking: Redeemed;
  /**
   * Upstream's `order.total_amount` for it, in minor units: a booked redemption whose order has
   * this total is the one sent.
   */
  upstreamTotal: number;
  /** The shopper's loyalty cards before it, to tell the points it earns. */
  cardsBefore: LoyaltyCard[];
  /**
   * The cart and codes it was sent for (see {@link OrderRecord.request}): a redemption booked for
   * them is not what a placement with another cart or other codes was shown.
   */
  request?: string;
}

/** What the BFF remembers of an order it redeemed, or tried to, for retries and rollback. */
export interface OrderRecord {
  /** Who redeemed it (see {@link ownerOf}); only they may roll it back. */
  owner: string | null;
  /** The upstream parent redemption, `null` when nothing was redeemed upstream. */
  parentRedemptionId: string | null;
  /**
   * The answer, given again to every retry: the first settled one, or `unknown` while the order is
   * {@link OrderRecord.inDoubt}.
   */
  response: RedeemResponse;
  rolledBack: boolean;
  /**
   * When the redemption was booked, in milliseconds since the epoch: the shopper's own `/rollback`
   * is accepted only for `BffOptions.rollbackWindowMs` after it.
   */
  redeemedAt?: number;
  /**
   * Set by the store's server once the order is paid (`Bff.orders.paid`): from then on only the
   * server may roll it back (`Bff.orders.rollback`), never the shopper's browser.
   */
  paid?: boolean;
  /** Set while upstream may have booked a redemption the BFF could not confirm. */
  inDoubt?: InDoubt;
  /**
   * The cart and codes the order was settled for (see `orderRequestKey`); a retry must send the
   * same, or it would be answered totals it was never priced at.
   */
  request?: string;
}

// Voucherify allows rollbacks for 3 months.
const ORDER_TTL_MS = 92 * 24 * 3600_000;

/**
 * The owner of orders a caller redeems: the signed-in customer, else the session (a browser's
 * guest id for a guest without one, see `guestIds`), else nobody: a request from no browser,
 * which can act only on orders placed by such requests.
 */
export function ownerOf(caller: Caller): string | null {
  if (caller.shopper) return `customer:${caller.shopper.sourceId}`;
  return caller.sessionId ? `session:${caller.sessionId}` : null;
}

/**
 * The store key of an order's claim: whoever holds it (a redeem or a rollback of the order, on any
 * instance sharing the store) is the only one changing the order's record meanwhile.
 */
export const orderClaimKey = (orderId: string): string => `order-claim:${orderId}`;

/** The store key of an order's record. */
export const orderKey = (orderId: string): string => `order:${orderId}`;

/** Reads an order's record. */
export async function readOrder(store: BffStore, orderId: string): Promise<OrderRecord | null> {
  const raw = await store.get(orderKey(orderId));
  return raw ? (JSON.parse(raw) as OrderRecord) : null;
}

/** Writes an order's record. */
export function writeOrder(store: BffStore, orderId: string, record: OrderRecord): Promise<void> {
  return store.set(orderKey(orderId), JSON.stringify(record), ORDER_TTL_MS);
}

/** Forgets an order's record: nothing was booked for it, and it may be redeemed anew. */
export function forgetOrder(store: BffStore, orderId: string): Promise<void> {
  return store.delete(orderKey(orderId));
}
