import type { CodeEntry, CodeMatching, Rejection } from '@promokit/core';

import { addressBucket } from './address-bucket.js';
import type { BffStore } from './store.js';
import { codeOf } from './unique-codes.js';

/** Limits on failed code attempts; see {@link attemptLimiter}. */
export interface AttemptLimits {
  /** Failed attempts one session may make per window; default 10. */
  perSession?: number;
  /**
   * Failed attempts one IP address may make per window (several shoppers may share one); default
   * 30. An IPv6 address counts as its /64 network, which one host can send from whole.
   */
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
 * balance) so that codes and gift card numbers cannot be guessed, nor card balances read. A code
 * that applied for a scope is no guess: it stays usable by that scope while the scope is blocked,
 * so a shopper who mistyped ten codes keeps the discounts already in their cart, and can still
 * place the order.
 */
export interface AttemptLimiter {
  /** Seconds until `scope` may try codes again, or 0 when it may try now. */
  blockedFor(scope: AttemptScope): Promise<number>;
  /** Records `failures` failed attempts by `scope`. */
  fail(scope: AttemptScope, failures: number): Promise<void>;
  /**
   * Remembers, for a window, that the code entries `keys` ({@link entryKey}) applied for `scope`:
   * its session when it has one, else its address.
   */
  applied(scope: AttemptScope, keys: readonly string[]): Promise<void>;
  /** Which of the code entries `keys` applied for `scope` within the window. */
  appliedOf(scope: AttemptScope, keys: readonly string[]): Promise<Set<string>>;
}

/** An {@link AttemptLimiter} counting in `store`, per session and per IP address. */
export function attemptLimiter(store: BffStore, limits: AttemptLimits = {}): AttemptLimiter {
  const windowMs = limits.windowMs ?? 15 * 60_000;
  const counters = (scope: AttemptScope) => [
    { key: `attempts:ip:${addressBucket(scope.ip)}`, max: limits.perIp ?? 30 },
    ...(scope.sessionId
      ? [{ key: `attempts:session:${scope.sessionId}`, max: limits.perSession ?? 10 }]
      : []),
  ];
  const appliedKey = (scope: AttemptScope, key: string) =>
    `attempts:applied:${scope.sessionId === null ? `ip:${addressBucket(scope.ip)}` : `session:${scope.sessionId}`}:${key}`;
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
    async applied(scope, keys) {
      await Promise.all(keys.map((key) => store.set(appliedKey(scope, key), '1', windowMs)));
    },
    async appliedOf(scope, keys) {
      const found = await Promise.all(
        keys.map(async (key) => ((await store.get(appliedKey(scope, key))) === null ? [] : [key])),
      );
      return new Set(found.flat());
    },
  };
}

/** The codes a scope may send upstream now, and those it may not (see {@link screenCodes}). */
export interface ScreenedCodes {
  /** Every code when the scope is not blocked; else those that applied for it before. */
  allowed: CodeEntry[];
  /** The others, each rejected `too_many_attempts`. */
  blocked: Rejection[];
  /** Seconds until the scope may try new codes, 0 when it is not blocked. */
  retryAfter: number;
}

/**
 * A code entry as the limiter remembers it: the code (as the project matches codes) with the
 * amount, points or loyalty reward asked of it, so that a card that applied for one amount is not open to
 * probing its balance with others.
 */
export const entryKey = (entry: CodeEntry, matching: CodeMatching): string =>
  typeof entry === 'string'
    ? matching.key(entry)
    : JSON.stringify([
        matching.key(entry.code),
        entry.amount ?? 0,
        entry.points ?? 0,
        ...(entry.reward ? [entry.reward] : []),
      ]);

/**
 * Screens a request's codes through the limiter: a blocked scope may still send the code entries
 * that applied for it within the window, as they were (not guesses, and nothing learnt from them),
 * and none other.
 */
export async function screenCodes(
  limiter: AttemptLimiter,
  scope: AttemptScope,
  codes: readonly CodeEntry[],
  matching: CodeMatching,
): Promise<ScreenedCodes> {
  const retryAfter = codes.length ? await limiter.blockedFor(scope) : 0;
  if (retryAfter === 0) return { allowed: [...codes], blocked: [], retryAfter };
  const known = await limiter.appliedOf(
    scope,
    codes.map((entry) => entryKey(entry, matching)),
  );
  const allowed = codes.filter((entry) => known.has(entryKey(entry, matching)));
  const blocked = codes
    .filter((entry) => !allowed.includes(entry))
    .map((entry) => ({ reason: 'too_many_attempts' as const, code: codeOf(entry) }));
  return { allowed, blocked, retryAfter };
}
