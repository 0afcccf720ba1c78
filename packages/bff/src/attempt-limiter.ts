import type { CodeEntry, CodeMatching, Rejection } from '@promokit/core';

import { addressBucket } from './address-bucket.js';
import type { BffStore } from './store.js';
import { isFailedAttempt } from './failed-attempts.js';
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
 * Counts failed code attempts (see `isFailedAttempt`: unknown codes, cards asked for more than their
 * balance) so that codes and gift card numbers cannot be guessed, nor card balances read. Every
 * new code is an attempt reserved before it goes upstream, in one atomic step of the store per
 * counter, so that neither one request of many codes nor many requests at once, on any instance
 * sharing the store, get more codes answered than the limit; the attempts of codes that turned out
 * no guess are given back. A code that applied for a scope is no guess: it stays usable by that
 * scope while the scope is blocked, so a shopper who mistyped ten codes keeps the discounts already
 * in their cart, and can still place the order.
 */
export interface AttemptLimiter {
  /**
   * Reserves up to `attempts` attempts for `scope`: as many as every counter of the scope still
   * allows, all at once. `granted` is how many were reserved; `retryAfter` the seconds until a
   * counter that granted fewer starts again (0 when all were granted).
   */
  reserve(scope: AttemptScope, attempts: number): Promise<{ granted: number; retryAfter: number }>;
  /** Gives back `attempts` reserved attempts that turned out no failures. */
  giveBack(scope: AttemptScope, attempts: number): Promise<void>;
  /** Records `failures` failed attempts by `scope` that were not reserved. */
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
    async reserve(scope, attempts) {
      let granted = Math.max(0, attempts);
      let waitMs = 0;
      const taken: { key: string; added: number }[] = [];
      for (const { key, max } of counters(scope)) {
        if (granted === 0) break;
        const counter = await store.reserve(key, granted, max, windowMs);
        taken.push({ key, added: counter.added });
        if (counter.added < granted) waitMs = Math.max(waitMs, counter.resetInMs);
        granted = counter.added;
      }
      // A counter reserved more than a later one allowed: the difference goes back.
      for (const { key, added } of taken) if (added > granted) await store.release(key, added - granted);
      return { granted, retryAfter: granted < attempts ? Math.max(1, Math.ceil(waitMs / 1000)) : 0 };
    },
    async giveBack(scope, attempts) {
      if (attempts <= 0) return;
      for (const { key } of counters(scope)) await store.release(key, attempts);
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
  /**
   * The code entries that applied for the scope before, and as many new ones, in the order sent,
   * as the attempts reserved for them.
   */
  allowed: CodeEntry[];
  /** The others, each rejected `too_many_attempts`. */
  blocked: Rejection[];
  /** Seconds until the scope may try new codes, 0 when none was blocked. */
  retryAfter: number;
  /** The attempts reserved for the allowed new codes, to settle once they are answered. */
  attempts: AttemptReservation;
}

/** The failed attempts reserved for one request's new codes (see {@link screenCodes}). */
export interface AttemptReservation {
  /**
   * Counts the guesses among `rejected` (see `isFailedAttempt`), each code once however often it is
   * answered: against the attempt reserved for it, or, for a code none was reserved for, as a new
   * failure.
   */
  answered(rejected: readonly Rejection[]): Promise<void>;
  /** Gives back the attempts reserved for codes not answered as guesses; once, later calls do nothing. */
  settle(): Promise<void>;
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
 * Screens a request's codes through the limiter before they go upstream: the code entries that
 * applied for the scope within the window go as they were (not guesses, and nothing learnt from
 * them); every other code takes one attempt, reserved atomically, and those beyond what the scope
 * has left are not sent. Settle {@link ScreenedCodes.attempts} once the allowed codes are answered.
 */
export async function screenCodes(
  limiter: AttemptLimiter,
  scope: AttemptScope,
  codes: readonly CodeEntry[],
  matching: CodeMatching,
): Promise<ScreenedCodes> {
  if (!codes.length)
    return { allowed: [], blocked: [], retryAfter: 0, attempts: reservation(limiter, scope, []) };
  const known = await limiter.appliedOf(
    scope,
    codes.map((entry) => entryKey(entry, matching)),
  );
  const fresh = codes.filter((entry) => !known.has(entryKey(entry, matching)));
  const { granted, retryAfter } = fresh.length
    ? await limiter.reserve(scope, fresh.length)
    : { granted: 0, retryAfter: 0 };
  const reserved = fresh.slice(0, granted);
  const refused = new Set(fresh.slice(granted));
  return {
    allowed: codes.filter((entry) => !refused.has(entry)),
    blocked: [...refused].map((entry) => ({ reason: 'too_many_attempts' as const, code: codeOf(entry) })),
    retryAfter,
    attempts: reservation(limiter, scope, reserved.map(codeOf)),
  };
}

/**
 * The attempts of a request whose codes were not screened (sent again for an order in doubt, they
 * were screened when first sent): nothing reserved, every guess answered counted as a failure.
 */
export const unreservedAttempts = (limiter: AttemptLimiter, scope: AttemptScope): AttemptReservation =>
  reservation(limiter, scope, []);

function reservation(
  limiter: AttemptLimiter,
  scope: AttemptScope,
  reserved: readonly string[],
): AttemptReservation {
  const open = new Set(reserved);
  const counted = new Set<string>();
  let settled = false;
  return {
    async answered(rejected) {
      let failures = 0;
      for (const rejection of rejected) {
        if (!isFailedAttempt(rejection) || counted.has(rejection.code)) continue;
        counted.add(rejection.code);
        // A reserved attempt is spent by its guess; an unreserved guess is a new failure.
        if (!open.delete(rejection.code)) failures++;
      }
      if (failures) await limiter.fail(scope, failures);
    },
    async settle() {
      if (settled) return;
      settled = true;
      await limiter.giveBack(scope, open.size);
      open.clear();
    },
  };
}
