/**
 * The BFF is not calling the upstream for now: its circuit breaker is open after repeated failures,
 * the upstream asked to wait (429 with Retry-After), or a probe of a circuit that was open has the
 * upstream to itself. Promotions are unavailable until `retryAt`.
 */
export class UpstreamUnavailableError extends Error {
  override readonly name = 'UpstreamUnavailableError';
  /** When calls resume, in epoch milliseconds. */
  readonly retryAt: number;

  constructor(retryAt: number) {
    super(`The upstream is unavailable until ${new Date(retryAt).toISOString()}`);
    this.retryAt = retryAt;
  }
}
