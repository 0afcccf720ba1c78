import type { Cart, RedeemResponse } from '@promokit/core';

/** An order placed in this browser: the redemption's answer, and the lines it was placed for. */
export type PlacedOrder = Extract<RedeemResponse, { status: 'redeemed' }> & { lines?: Cart['lines'] };

const key = (orderId: string) => `promokit-demo-order:${orderId}`;

/** A fresh order id; each payment attempt gets its own, since redeem is idempotent per order. */
export function newOrderId(): string {
  return `ord_demo_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

/** Keeps a placed order, with its lines, for its confirmation page. */
export function saveOrder(order: PlacedOrder): void {
  sessionStorage.setItem(key(order.orderId), JSON.stringify(order));
}

/** A placed order, if this browser placed it. */
export function loadOrder(orderId: string): PlacedOrder | null {
  const stored = sessionStorage.getItem(key(orderId));
  return stored ? (JSON.parse(stored) as PlacedOrder) : null;
}

/**
 * The demo's payment provider: it approves every payment unless told to decline, so the sales team
 * can show a failed payment being rolled back.
 */
export function pay(decline: boolean): Promise<boolean> {
  return Promise.resolve(!decline);
}
