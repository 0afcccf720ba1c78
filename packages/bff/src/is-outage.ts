import { VoucherifyApiError, VoucherifyClientError } from '@promokit/voucherify';

import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

/**
 * Whether an upstream failure means promotions are unavailable to this request (a refused
 * connection, a 5xx or 429, an open circuit, the request's upstream budget spent, the client's own
 * timeout) rather than a fault in the request: checkout goes on without discounts. Whether it
 * also says the upstream is broken is the circuit breaker's to judge: a call that merely ran out
 * of time while the upstream answered others is an outage for its request only.
 */
export function isOutage(error: unknown): boolean {
  if (error instanceof UpstreamUnavailableError) return true;
  // The request's upstream budget ran out (see `BffEnv`'s `upstreamSignal`).
  if (error instanceof DOMException && error.name === 'TimeoutError') return true;
  if (!(error instanceof VoucherifyClientError)) return false;
  return !(error instanceof VoucherifyApiError) || error.status >= 500 || error.status === 429;
}
