import type { BffStore } from './store.js';

/** Limits on failed code attempts; see {@link attemptLimiter}. */
export interface AttemptLimits {
  /** Failed attempts one session may make per window; default 10. */
  perSession?: number;
  /** Failed attempts one IP address may make per window (several shoppers may share one); default 30. */
  perIp?: number;
  /** Length of the window in milliseconds; default 15 minutes. */
  windowMs?: number;
}

/** Who is attempting: the shopper's session (when known) and the client's address. */
export interface AttemptScope {
  sessionId: string | null;
  ip: string;
}

/**
 * Counts failed code attempts (see `failedAttempts`: unknown codes, cards asked for more than their
 * balance) so that codes and gift card numbers cannot be guessed, nor card balances read.
 */
export interface AttemptLimiter {
  /** Seconds until `scope` may try codes again, or 0 when it may try now. */
  blockedFor(scope: AttemptScope): Promise<number>;
  /** Records `failures` failed attempts by `scope`. */
  fail(scope: AttemptScope, failures: number): Promise<void>;
}

/** An {@link AttemptLimiter} counting in `store`, per session and per IP address. */
export function attemptLimiter(store: BffStore, limits: AttemptLimits = {}): AttemptLimiter {
  const windowMs = limits.windowMs ?? 15 * 60_000;
  const counters = (scope: AttemptScope) => [
    { key: `attempts:ip:${scope.ip}`, max: limits.perIp ?? 30 },
    ...(scope.sessionId
      ? [{ key: `attempts:session:${scope.sessionId}`, max: limits.perSession ?? 10 }]
      : []),
  ];
  return {
    async blockedFor(scope) {
      let waitMs = 0;
      for (const { key, max } of counters(scope)) {
        const counter = await store.peek(key);
        if (counter.count >= max) waitMs = Math.max(waitMs, counter.resetInMs);
      }
      return Math.ceil(waitMs / 1000);
    },
    async fail(scope, failures) {
      for (let i = 0; i < failures; i++) {
        for (const { key } of counters(scope)) await store.increment(key, windowMs);
      }
    },
  };
}
