import {
  VoucherifyApiError,
  VoucherifyInvalidResponseError,
  VoucherifyNetworkError,
  VoucherifyTimeoutError,
} from '@promokit/voucherify';

import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

/** Options of {@link circuitBreaker}; each a positive integer. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit; default 5. */
  failureThreshold?: number;
  /**
   * How long an open circuit stays open before a probe may go, in milliseconds; default 1 s: an
   * upstream that is back gets its shoppers back within about a second, while during an outage
   * only one call a second reaches it.
   */
  cooldownMs?: number;
  /**
   * Once the cooldown is over, how long one probe has the upstream to itself, in milliseconds;
   * default 1 s. A probe still unanswered by then lets the next call go as another probe, so that
   * one slow call does not keep every shopper out.
   */
  probeWindowMs?: number;
  /** The clock, in milliseconds; defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Guards upstream calls so that a broken upstream costs shoppers no wait, while a busy one keeps
 * serving them.
 *
 * - **Failures open it.** A refused or reset connection, an unreadable answer and a 5xx are
 *   failures; after `failureThreshold` in a row the circuit opens for `cooldownMs`, and calls fail
 *   at once with {@link UpstreamUnavailableError}. A 429 stops calls for as long as its
 *   `Retry-After` asks (else `cooldownMs`), whatever else happens.
 * - **Slowness does not.** A call that ran out of time (its request's budget, or the client's own
 *   timeout) is a failure only when nothing at all was answered while it waited: then the upstream
 *   is hung (it takes connections and never answers), and after `failureThreshold` such calls,
 *   within about one budget, shoppers are answered at once instead of each waiting out theirs. When
 *   anything else was answered meanwhile, the upstream is busy, not broken: the call counts for
 *   nothing. A call given up by its client (the shopper went away) counts for nothing either.
 * - **Any answer closes it.** A success or a request fault (a 4xx other than 429) resets the count
 *   and closes an open circuit at once, even when it comes from a call that began before it
 *   opened: the upstream is answering.
 * - **Half-open.** After the cooldown, calls go one at a time as probes: each has the upstream to
 *   itself for `probeWindowMs`, after which the next call may go too. A probe's answer closes the
 *   circuit; its failure reopens it for `cooldownMs`.
 */
export interface CircuitBreaker {
  /**
   * Runs `call` unless the circuit is open.
   *
   * @param signal - the request's budget (`BffEnv`'s `upstreamSignal`): once it has aborted,
   *   `call` is not made and its reason is thrown, counting for nothing.
   * @throws UpstreamUnavailableError while the circuit is open or a probe has the upstream;
   *   otherwise whatever `call` throws.
   */
  run<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** What one call's failure says of the upstream. */
type Verdict = 'answered' | 'failed' | 'nothing';

/**
 * Creates a {@link CircuitBreaker}.
 *
 * @throws RangeError naming the option when `failureThreshold`, `cooldownMs` or `probeWindowMs`
 *   is not a positive integer.
 */
export function circuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = positive('failureThreshold', options.failureThreshold ?? 5);
  const cooldownMs = positive('cooldownMs', options.cooldownMs ?? 1000);
  const probeWindowMs = positive('probeWindowMs', options.probeWindowMs ?? 1000);
  const now = options.now ?? Date.now;
  let failures = 0;
  let openUntil = 0;
  let throttledUntil = 0;
  let answeredAt = -Infinity;
  let probes = 0;
  let probeSentAt = -Infinity;

  function answered() {
    answeredAt = now();
    failures = 0;
    openUntil = 0;
  }

  function verdictOf(error: unknown, startedAt: number): Verdict {
    if (error instanceof VoucherifyApiError) return error.status >= 500 ? 'failed' : 'answered';
    if (error instanceof VoucherifyNetworkError || error instanceof VoucherifyInvalidResponseError)
      return 'failed';
    const timedOut =
      error instanceof VoucherifyTimeoutError ||
      (error instanceof DOMException && error.name === 'TimeoutError');
    return timedOut && answeredAt < startedAt ? 'failed' : 'nothing';
  }

  return {
    async run(call, signal) {
      signal?.throwIfAborted();
      const startedAt = now();
      if (startedAt < throttledUntil) throw new UpstreamUnavailableError(throttledUntil);
      if (startedAt < openUntil) throw new UpstreamUnavailableError(openUntil);
      const probe = failures >= threshold;
      if (probe) {
        if (probes > 0 && startedAt < probeSentAt + probeWindowMs)
          throw new UpstreamUnavailableError(probeSentAt + probeWindowMs);
        probes++;
        probeSentAt = startedAt;
      }
      try {
        const result = await call();
        answered();
        return result;
      } catch (error) {
        if (error instanceof VoucherifyApiError && error.status === 429) {
          const waitMs = error.retryAfter === undefined ? cooldownMs : error.retryAfter * 1000;
          throttledUntil = Math.max(throttledUntil, now() + waitMs);
          throw error;
        }
        const verdict = verdictOf(error, startedAt);
        if (verdict === 'answered') answered();
        else if (verdict === 'failed' && ++failures >= threshold) openUntil = now() + cooldownMs;
        throw error;
      } finally {
        if (probe) probes--;
      }
    },
  };
}

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`circuitBreaker's ${name} must be a positive integer, got ${value}`);
  return value;
}
