import { VoucherifyApiError, type ValidationsValidateResponseBody } from '@promokit/voucherify';
import type { Context } from 'hono';

import type { BffEnv } from './bff-env.js';
import type { BffRuntime, Caller } from './bff-runtime.js';
import { isOutage } from './is-outage.js';
import { maskCode } from './mask-code.js';
import type { BffStore } from './store.js';

/** Key under which the store keeps a shopper's validation lock, for redeem to reuse. */
export const lockKey = (holder: string): string => `lock:${holder}`;

/**
 * Who holds a validation lock: the signed-in customer, across all their sessions (phone and laptop
 * share one, so a code they reserved in one is never "used up" in the other); `null` for a guest,
 * whose validations reserve nothing.
 */
export const lockHolder = (caller: Caller): string | null =>
  caller.shopper ? `customer:${caller.shopper.sourceId}` : null;

/** How long a lock is remembered: as long as the upstream session it stands for (30 minutes). */
export const LOCK_TTL_MS = 30 * 60_000;

/** A shopper's validation lock upstream. */
export interface SessionLock {
  /** The upstream `LOCK` session's key (`ssn_…`), sent again on the next validation and on redeem. */
  key: string;
  /** The codes the session holds a reservation on (a use, gift credits, loyalty points). */
  codes: string[];
}

/** The lock `holder` ({@link lockHolder}) holds upstream, or `null`. */
export async function readLock(store: BffStore, holder: string): Promise<SessionLock | null> {
  const raw = await store.get(lockKey(holder));
  if (raw === null) return null;
  try {
    const { key, codes } = JSON.parse(raw) as Partial<SessionLock>;
    if (typeof key !== 'string') return null;
    return { key, codes: Array.isArray(codes) ? codes.filter((code) => typeof code === 'string') : [] };
  } catch {
    return null;
  }
}

/** Remembers the lock `holder` holds upstream, for {@link LOCK_TTL_MS}. */
export function writeLock(store: BffStore, holder: string, lock: SessionLock): Promise<void> {
  return store.set(lockKey(holder), JSON.stringify(lock), LOCK_TTL_MS);
}

/**
 * The key of `holder`'s lock, agreed before its first validation: the one the store holds, else a
 * new `ssn_…` key stored only if no other validation of the same customer stored one first. Two
 * sessions of one customer validating at once thus validate under one upstream session; with a key
 * each, Voucherify counts the reservation of one against the other, and the second is told its
 * code is used up. Voucherify takes a session key sent by the client (openAPI `Session.key`: "your
 * own unique session ID"; DIGEST §10).
 */
export async function agreedLockKey(store: BffStore, holder: string): Promise<string> {
  const held = await readLock(store, holder);
  if (held) return held.key;
  const key = `ssn_${crypto.randomUUID().replaceAll('-', '')}`;
  const lock: SessionLock = { key, codes: [] };
  if (await store.setIfAbsent(lockKey(holder), JSON.stringify(lock), LOCK_TTL_MS)) return key;
  return (await readLock(store, holder))?.key ?? key;
}

/** Forgets `holder`'s lock (it was released, or redeemed). */
export function forgetLock(store: BffStore, holder: string): Promise<void> {
  return store.delete(lockKey(holder));
}

/**
 * The codes a validation's session reserves: its applicable vouchers. (Promotion tiers are not
 * reserved; a code upstream reserved nothing for answers 404 when released, which is fine.)
 */
export function lockedCodes(validation: ValidationsValidateResponseBody): string[] {
  return validation.redeemables.flatMap((redeemable) =>
    redeemable.status === 'APPLICABLE' && redeemable.object === 'voucher' ? [redeemable.id] : [],
  );
}

/**
 * Releases upstream what the session's lock reserves on each of its codes, so that other shoppers
 * can use them at once (a gift card's credit, a single-use code's use), then forgets the lock. A
 * 404 means there was nothing left to release (expired, redeemed, released already). A failure
 * never fails the shopper's request: it is logged, and during an outage the code stays remembered,
 * to be released on the session's next validation without codes.
 */
export async function releaseLock(
  runtime: BffRuntime,
  holder: string,
  lock: SessionLock,
  c: Context<BffEnv>,
): Promise<void> {
  const signal = c.get('upstreamSignal');
  const log = c.get('log');
  // Each code that is still reserved upstream and worth another try later; none as a rule.
  const unreleased = await Promise.all(
    lock.codes.map(async (code) => {
      try {
        await runtime.breaker.run(() => runtime.upstream.releaseSession(code, lock.key, signal), signal);
        return [];
      } catch (error) {
        if (error instanceof VoucherifyApiError && error.status === 404) return [];
        log.warn({ err: error, code: maskCode(code) }, 'validation lock not released');
        return isOutage(error) ? [code] : [];
      }
    }),
  );
  const kept = unreleased.flat();
  if (kept.length) await writeLock(runtime.store, holder, { key: lock.key, codes: kept });
  else await forgetLock(runtime.store, holder);
}
