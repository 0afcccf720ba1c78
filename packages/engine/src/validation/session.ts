import type { Session, SessionTtlUnit } from '@promokit/voucherify';

import type { NewId } from '../ids.js';

/** Voucherify's default session lifetime: 7 days. */
export const DEFAULT_SESSION_TTL = { ttl: 7, ttl_unit: 'DAYS' } as const;

const MILLISECONDS_PER_UNIT: Record<SessionTtlUnit, number> = {
  DAYS: 86_400_000,
  HOURS: 3_600_000,
  MINUTES: 60_000,
  SECONDS: 1_000,
  MILLISECONDS: 1,
  MICROSECONDS: 1e-3,
  NANOSECONDS: 1e-6,
};

/** A `LOCK` session as stored: it reserves one use of each locked code until `expiresAt`. */
export interface SessionRecord {
  key: string;
  ttl: number;
  ttlUnit: SessionTtlUnit;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/**
 * Turns a requested session into the one to store: the given `key` (re-sending a key overwrites
 * that session) or a new `ssn_…` key, and the TTL (default 7 days).
 */
export function resolveSession(requested: Session, now: Date, newId: NewId): SessionRecord {
  const ttl = requested.ttl ?? DEFAULT_SESSION_TTL.ttl;
  const ttlUnit = requested.ttl_unit ?? DEFAULT_SESSION_TTL.ttl_unit;
  const createdAt = now.getTime();
  return {
    key: requested.key ?? newId('session'),
    ttl,
    ttlUnit,
    createdAt,
    expiresAt: createdAt + Math.ceil(ttl * MILLISECONDS_PER_UNIT[ttlUnit]),
  };
}

/** The session as echoed in a validation response. */
export function sessionResponse(session: SessionRecord): Session {
  return { key: session.key, type: 'LOCK', ttl: session.ttl, ttl_unit: session.ttlUnit };
}
