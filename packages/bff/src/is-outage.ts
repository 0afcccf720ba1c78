import { VoucherifyApiError, VoucherifyClientError } from '@promokit/voucherify';

import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

/**
 * Whether an upstream failure means promotions are unavailable right now (timeout, refused
 * connection, overload, an open circuit, the request's upstream budget spent) rather than a fault in the request. Checkout goes on
 * without discounts.
 */
export function isOutage(error: unknown): boolean {
  if (error instanceof UpstreamUnavailableError) return true;
  // The request's upstream budget ran out (see `BffEnv`'s `upstreamSignal`).
  if (error instanceof DOMException && error.name === 'TimeoutError') return true;
  if (!(error instanceof VoucherifyClientError)) return false;
  return !(error instanceof VoucherifyApiError) || error.status >= 500 || error.status === 429;
}
