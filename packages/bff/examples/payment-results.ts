import type { Bff } from '@promokit/bff';
import { isPromoError } from '@promokit/core';

/**
 * Your payment provider's webhook, once its signature is checked: the order is paid, or its
 * payment failed for good. `bff` is the `createBff(...)` your route serves.
 */
export async function onPaymentResult(bff: Bff, orderId: string, paid: boolean): Promise<void> {
  if (!paid) {
    await bff.orders.rollback(orderId, { reason: 'payment_failed' });
    return;
  }
  try {
    await bff.orders.paid(orderId);
  } catch (error) {
    // The shopper's browser rolled the order back first: its discounts are no longer booked.
    if (isPromoError(error, 'bad_request')) await refundAndCancel(orderId);
    else throw error; // `unavailable`: let the provider deliver the webhook again
  }
}

/** A refund or a cancellation from your order admin: the codes, credit and points go back. */
export async function onRefund(bff: Bff, orderId: string): Promise<void> {
  await bff.orders.rollback(orderId, { reason: 'refund' });
}

declare function refundAndCancel(orderId: string): Promise<void>;
