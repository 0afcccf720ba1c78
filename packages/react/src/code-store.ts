import { type CodeEntry, type CodeMatching, MAX_CODES, normalizeCode } from '@promokit/core';

/**
 * Where the codes a shopper added are kept so they survive a reload and the move from cart to
 * checkout to confirmation: the tab's `sessionStorage`, the browser's `localStorage`, or nowhere.
 * Only the codes are kept, never what they were worth: they are validated again for the cart.
 */
export type CodePersistence = 'session' | 'local' | 'none';

/** A code being added or removed, awaiting the server's answer. @internal */
export type PendingChange = 'adding' | 'removing';

/** The codes of the cart, shared by every hook below one provider. @internal */
export interface CodeSnapshot {
  /** Whether persisted codes were read; nothing is validated before, so nothing is sent twice. */
  ready: boolean;
  /**
   * The codes the shopper added, in order, each as first typed (trimmed, NFC); no two the same
   * code under the provider's `codeMatching`.
   */
  codes: readonly string[];
  /** Codes with a change in flight. */
  pending: Readonly<Record<string, PendingChange>>;
  /** How much of a code to use: gift card credit (`amount`) or loyalty points (`points`). */
  usage: Readonly<Record<string, CodeUsage>>;
}

/** How much of a gift card or loyalty card to use on the order. */
export interface CodeUsage {
  /** Gift card credit, in minor units. */
  amount?: number;
  /** Loyalty points to pay with. */
  points?: number;
}

/** The codes, each with its usage when it has one, as the contract sends them. @internal */
export function entriesOf({ codes, usage }: Pick<CodeSnapshot, 'codes' | 'usage'>): CodeEntry[] {
  return codes.map((code) => (usage[code] ? { ...usage[code], code } : code));
}

/** An external store of {@link CodeSnapshot}s for `useSyncExternalStore`. @internal */
export interface CodeStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CodeSnapshot;
  getServerSnapshot(): CodeSnapshot;
  update(change: (snapshot: CodeSnapshot) => CodeSnapshot): void;
  /** Runs changes to the codes one after another, so each starts from what the last one left. */
  queue<T>(change: () => Promise<T>): Promise<T>;
}

const STORAGE_KEY = 'promokit:codes';
const initial: CodeSnapshot = { ready: false, codes: [], pending: {}, usage: {} };

/**
 * Creates the store. Storage is first read when the first hook subscribes (after hydration), never
 * at import or render, so server and client render the same markup. Codes are told apart by
 * `matching`, the project's.
 *
 * @internal
 */
export function createCodeStore(persistence: CodePersistence, matching: CodeMatching): CodeStore {
  let snapshot = initial;
  let loaded = false;
  const listeners = new Set<() => void>();
  let last: Promise<unknown> = Promise.resolve();

  function storage(): Storage | undefined {
    if (persistence === 'none' || typeof window === 'undefined') return undefined;
    try {
      return persistence === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return undefined; // Access throws where the shopper blocked site data.
    }
  }

  function read(): Pick<CodeSnapshot, 'codes' | 'usage'> {
    const codes: string[] = [];
    const usage: Record<string, CodeUsage> = {};
    try {
      const saved: unknown = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
      for (const item of Array.isArray(saved) ? saved : []) {
        const entry = savedEntry(item);
        if (!entry || codes.some((code) => matching.same(code, entry.code)) || codes.length === MAX_CODES)
          continue;
        codes.push(entry.code);
        if (entry.usage) usage[entry.code] = entry.usage;
      }
    } catch {
      // Unreadable storage: start without codes.
    }
    return { codes, usage };
  }

  function write(next: CodeSnapshot): void {
    try {
      const entries = entriesOf(next);
      if (entries.length) storage()?.setItem(STORAGE_KEY, JSON.stringify(entries));
      else storage()?.removeItem(STORAGE_KEY);
    } catch {
      // Full or blocked storage: the codes still apply for this page.
    }
  }

  function update(change: (current: CodeSnapshot) => CodeSnapshot): void {
    const next = change(snapshot);
    if (next === snapshot) return;
    if ((next.codes !== snapshot.codes || next.usage !== snapshot.usage) && loaded) write(next);
    snapshot = next;
    for (const listener of listeners) listener();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!loaded) {
        loaded = true;
        const saved = read();
        update((current) => ({
          ...current,
          ready: true,
          codes: [
            ...saved.codes,
            ...current.codes.filter((code) => !saved.codes.some((held) => matching.same(held, code))),
          ],
          usage: { ...saved.usage, ...current.usage },
        }));
      }
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => initial,
    update,
    queue(change) {
      const done = last.then(change);
      last = done.catch(() => undefined);
      return done;
    },
  };
}

/** A saved entry: a code, or a code with how much of it to use. */
function savedEntry(item: unknown): { code: string; usage?: CodeUsage } | null {
  const { code, amount, points } = (typeof item === 'string' ? { code: item } : (item ?? {})) as Record<
    string,
    unknown
  >;
  if (typeof code !== 'string' || !normalizeCode(code)) return null;
  const usage = { amount: positive(amount), points: positive(points) };
  return { code: normalizeCode(code), ...(usage.amount || usage.points ? { usage } : {}) };
}

const positive = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;
