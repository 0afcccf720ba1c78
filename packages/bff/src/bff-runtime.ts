import type { CodeMatching } from '@promokit/core';
import type { Context } from 'hono';

import type { AttemptLimiter, AttemptScope } from './attempt-limiter.js';
import type { BffEnv } from './bff-env.js';
import type { Catalog } from './catalog.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import type { ClientIp } from './client-ip.js';
import type { Identify, SessionOf, Shopper } from './identity/identity.js';
import { isOutage } from './is-outage.js';
import type { StackRanks } from './settle-stack.js';
import type { BffStore } from './store.js';
import type { Upstream } from './upstream.js';

/** What every route works with, assembled once by `createBff`. */
export interface BffRuntime {
  upstream: Upstream;
  catalog: Catalog;
  /** How the upstream project compares codes (`BffOptions.caseSensitiveCodes`). */
  codes: CodeMatching;
  identify: Identify;
  sessionOf: SessionOf;
  store: BffStore;
  limiter: AttemptLimiter;
  breaker: CircuitBreaker;
  /**
   * How long after a redemption the BFF could not confirm it may still land upstream, in
   * milliseconds (`BffOptions.lateRedemptionMs`).
   */
  lateRedemptionMs: number;
  /**
   * How long after its redemption a shopper may roll back their order from the browser, in
   * milliseconds (`BffOptions.rollbackWindowMs`).
   */
  rollbackWindowMs: number;
  clientIp: ClientIp;
  /**
   * Customer-sync flags this instance has already seen set, with when they expire, so that a
   * session's later requests skip the store; the store stays the authority across instances.
   */
  customersSynced: Map<string, number>;
  /**
   * Where each redeemable met so far goes in the stack (`object:id` → rank), so that most stacks go
   * upstream in the right order the first time; a rank that changed upstream costs one more
   * validation, never a wrong answer (see `settleStack`).
   */
  stackRanks: StackRanks;
}

/** Who sends a request: the shopper (null for a guest), their session and their address. */
export interface Caller extends AttemptScope {
  shopper: Shopper | null;
}

const SESSION_TTL_MS = 7 * 24 * 3600_000;
// Bounds the memory the sync flags of one instance take; beyond it the oldest are forgotten.
const MAX_SYNCED_IN_MEMORY = 10_000;

/**
 * The {@link Caller} of `c`, from the server's own identity hooks only (never the body). Its
 * session is the session's, else the signed-in customer's, else the browser's guest id (see
 * `guestIds`), else none (a request from no browser). The first
 * time a session meets a signed-in shopper with these traits, their traits are upserted upstream; a failure there
 * is logged and never fails the request (an outage retries on the next one).
 */
export async function callerOf(runtime: BffRuntime, c: Context<BffEnv>): Promise<Caller> {
  const [shopper, session] = await Promise.all([runtime.identify(c.req.raw), runtime.sessionOf(c.req.raw)]);
  const guestId = c.get('guestId') ?? null;
  const sessionId =
    session ?? (shopper ? `customer:${shopper.sourceId}` : guestId === null ? null : `guest:${guestId}`);
  // Traits in the flag: a shopper whose traits change (a sign-in token's claims) is synced again.
  if (shopper && sessionId)
    await syncOnce(
      runtime,
      c,
      shopper,
      `customer-synced:${sessionId}:${shopper.sourceId}:${traitsKey(shopper)}`,
    );
  return { shopper, sessionId, ip: runtime.clientIp(c) };
}

/** The shopper's traits in one string, the same whatever their order. */
function traitsKey(shopper: Shopper): string {
  return JSON.stringify(
    Object.entries(shopper.metadata ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** Upserts the shopper's traits unless `flag` says this session did already. */
async function syncOnce(
  runtime: BffRuntime,
  c: Context<BffEnv>,
  shopper: Shopper,
  flag: string,
): Promise<void> {
  if ((runtime.customersSynced.get(flag) ?? 0) > Date.now()) return;
  if (await runtime.store.setIfAbsent(flag, '1', SESSION_TTL_MS)) {
    const signal = c.get('upstreamSignal');
    try {
      await runtime.breaker.run(
        () =>
          runtime.upstream.upsertCustomer(
            { source_id: shopper.sourceId, metadata: shopper.metadata ?? {} },
            signal,
          ),
        signal,
      );
    } catch (error) {
      c.get('log').warn({ err: error }, 'customer sync failed');
      // Promotions still work without fresh traits: an outage retries next time, a refusal never.
      if (isOutage(error)) {
        await runtime.store.delete(flag);
        return;
      }
    }
  }
  remember(runtime.customersSynced, flag);
}

function remember(synced: Map<string, number>, flag: string): void {
  if (synced.size >= MAX_SYNCED_IN_MEMORY) {
    const oldest = synced.keys().next();
    if (!oldest.done) synced.delete(oldest.value);
  }
  synced.set(flag, Date.now() + SESSION_TTL_MS);
}
