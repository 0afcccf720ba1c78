import { VoucherifyApiError, VoucherifyNetworkError } from '@promokit/voucherify';

import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

/**
 * What a failed `POST /v1/redemptions` says about the order:
 *
 * - `refused`: upstream answered with a refusal (a 4xx other than 429); nothing was booked;
 * - `not_sent`: the request never reached upstream, or upstream turned it away unread: the circuit
 *   is open, the connection was refused or the host not found, or upstream throttled it (429);
 *   nothing was booked;
 * - `in_doubt`: the request may have been booked: it timed out, the connection dropped after it
 *   was sent, upstream failed while handling it (5xx), or answered something unreadable.
 */
export type RedeemFailure = 'refused' | 'not_sent' | 'in_doubt';

/** Errors of a connection that was never made, so that no request was sent on it. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** The {@link RedeemFailure} of `error`, thrown by a redemption call. */
export function redeemFailure(error: unknown): RedeemFailure {
  if (error instanceof UpstreamUnavailableError) return 'not_sent';
  if (error instanceof VoucherifyApiError) {
    if (error.status === 429) return 'not_sent';
    return error.status >= 500 ? 'in_doubt' : 'refused';
  }
  if (error instanceof VoucherifyNetworkError && neverConnected(error.cause)) return 'not_sent';
  return 'in_doubt';
}

/** Whether a network failure (fetch's `TypeError` and the causes under it) is a connection never made. */
function neverConnected(error: unknown): boolean {
  const codes: unknown[] = [];
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    codes.push((cause as { code?: unknown }).code);
    // Several addresses tried at once fail together (an AggregateError of one error each).
    if (cause instanceof AggregateError) codes.push(...cause.errors.map((inner: unknown) => codeOf(inner)));
    cause = cause.cause;
  }
  const known = codes.filter((code): code is string => typeof code === 'string');
  return known.length > 0 && known.every((code) => NOT_CONNECTED.has(code));
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}
