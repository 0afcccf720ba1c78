import type { RedeemResponse } from '@promokit/core';

import type { Caller } from './bff-runtime.js';
import type { BffStore } from './store.js';

/** What the BFF remembers of a redeemed order, for retries and rollback. */
export interface OrderRecord {
  /** Who redeemed it (see {@link ownerOf}); only they may roll it back. */
  owner: string | null;
  /** The upstream parent redemption, `null` when nothing was redeemed upstream. */
  parentRedemptionId: string | null;
  /** The first answer, given again to every retry. */
  response: RedeemResponse;
  rolledBack: boolean;
}

// Voucherify allows rollbacks for 3 months.
const ORDER_TTL_MS = 92 * 24 * 3600_000;

/** The owner of orders a caller redeems: the signed-in customer, else the session, else nobody. */
export function ownerOf(caller: Caller): string | null {
  if (caller.shopper) return `customer:${caller.shopper.sourceId}`;
  return caller.sessionId ? `session:${caller.sessionId}` : null;
}

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
