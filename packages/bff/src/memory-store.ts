import type { BffStore, Counter } from './store.js';

interface Entry {
  value: string;
  expiresAt: number;
}

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /** The clock, in milliseconds; defaults to `Date.now`. */
  now?: () => number;
}

/**
 * A {@link BffStore} in this process's memory: right for one BFF instance. Expired entries are
 * dropped when read, and swept as new entries arrive.
 */
export function memoryStore(options: MemoryStoreOptions = {}): BffStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let writesSinceSweep = 0;

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function write(key: string, value: string, ttlMs: number): void {
    entries.set(key, { value, expiresAt: now() + ttlMs });
    if (++writesSinceSweep < 1000) return;
    writesSinceSweep = 0;
    const time = now();
    for (const [k, entry] of entries) if (entry.expiresAt <= time) entries.delete(k);
  }

  function counter(entry: Entry | undefined): Counter {
    return entry
      ? { count: Number(entry.value), resetInMs: entry.expiresAt - now() }
      : { count: 0, resetInMs: 0 };
  }

  return {
    async increment(key, windowMs) {
      const entry = live(key);
      if (entry) entry.value = String(Number(entry.value) + 1);
      else write(key, '1', windowMs);
      return counter(live(key));
    },
    async reserve(key, amount, max, windowMs) {
      const entry = live(key);
      const count = entry ? Number(entry.value) : 0;
      const added = Math.max(0, Math.min(amount, max - count));
      if (added > 0) {
        if (entry) entry.value = String(count + added);
        else write(key, String(added), windowMs);
      }
      return { ...counter(live(key)), added };
    },
    async release(key, amount) {
      const entry = live(key);
      if (entry) entry.value = String(Math.max(0, Number(entry.value) - Math.max(0, amount)));
    },
    async peek(key) {
      return counter(live(key));
    },
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key)) return false;
      write(key, value, ttlMs);
      return true;
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
