import type { InvalidationHub } from './invalidation-hub.js';

/** A counter's value and how long until it resets. */
export interface Counter {
  count: number;
  /** Milliseconds until the counter expires and starts again from zero. */
  resetInMs: number;
}

/**
 * Shared state of the BFF: failed-attempt counters, redeem results per order, lock keys per session,
 * webhook event ids already seen. In memory for one instance ({@link memoryStore}); in Redis for
 * several ({@link redisStore}). Every entry expires.
 */
export interface BffStore {
  /** Adds one to the counter `key`, which expires `windowMs` after its first hit. */
  increment(key: string, windowMs: number): Promise<Counter>;
  /**
   * Adds as much of `amount` to the counter `key` as keeps it at most `max`, in one atomic step
   * (concurrent reservations on every instance sharing the store never take it past `max`); the
   * counter expires `windowMs` after it starts. `added` is what was added (0 when it was at `max`
   * already), and the counter is as it is afterwards.
   */
  reserve(key: string, amount: number, max: number, windowMs: number): Promise<Counter & { added: number }>;
  /** Takes up to `amount` off the counter `key`, never below zero, keeping when it expires. */
  release(key: string, amount: number): Promise<void>;
  /** Reads the counter `key` without changing it; zero when absent. */
  peek(key: string): Promise<Counter>;
  /** The value under `key`, or `null`. */
  get(key: string): Promise<string | null>;
  /** Stores `value` under `key` for `ttlMs`, replacing any value. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Stores `value` under `key` for `ttlMs` only when `key` is free; whether it was stored. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Removes `key`. */
  delete(key: string): Promise<void>;
  /**
   * How invalidations reach the storefronts of every instance sharing this store (Redis pub/sub
   * for {@link redisStore}); absent when the store serves one instance, whose hub is in memory.
   */
  readonly invalidations?: InvalidationHub;
}
