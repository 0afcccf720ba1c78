import { VoucherifyApiError } from '@promokit/voucherify';

import { isOutage } from './is-outage.js';
import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

/** Options of {@link circuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive outages that open the circuit; default 5. */
  failureThreshold?: number;
  /** How long an open circuit stays open, in milliseconds; default 10 s. */
  cooldownMs?: number;
  /** The clock, in milliseconds; defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Guards upstream calls. After `failureThreshold` consecutive outages (timeouts, refused
 * connections, 5xx) the circuit opens for `cooldownMs`: calls fail at once with
 * {@link UpstreamUnavailableError} instead of waiting on a dead upstream. A 429 opens it for as long
 * as its `Retry-After` asks, so the BFF stops calling while Voucherify throttles it. Once the wait
 * is over, one call goes through; its outcome closes or reopens the circuit.
 */
export interface CircuitBreaker {
  /** Runs `call` unless the circuit is open. */
  run<T>(call: () => Promise<T>): Promise<T>;
}

/** Creates a {@link CircuitBreaker}. */
export function circuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? 5;
  const cooldownMs = options.cooldownMs ?? 10_000;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openUntil = 0;
  let probing = false;

  return {
    async run(call) {
      const time = now();
      if (time < openUntil || (probing && failures >= threshold))
        throw new UpstreamUnavailableError(openUntil);
      const probe = failures >= threshold;
      probing ||= probe;
      try {
        const result = await call();
        failures = 0;
        return result;
      } catch (error) {
        if (error instanceof VoucherifyApiError && error.status === 429) {
          openUntil = Math.max(openUntil, now() + (error.retryAfter ?? cooldownMs / 1000) * 1000);
        } else if (isOutage(error) && ++failures >= threshold) {
          openUntil = now() + cooldownMs;
        } else if (!isOutage(error)) {
          failures = 0;
        }
        throw error;
      } finally {
        if (probe) probing = false;
      }
    },
  };
}
