import { MAX_CODES, normalizeCode } from '@promokit/core';
import { createContext, useContext } from 'react';

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
  /** The codes the shopper added, in order. */
  codes: readonly string[];
  /** Codes with a change in flight. */
  pending: Readonly<Record<string, PendingChange>>;
}

/** An external store of {@link CodeSnapshot}s for `useSyncExternalStore`. @internal */
export interface CodeStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CodeSnapshot;
  getServerSnapshot(): CodeSnapshot;
  update(change: (snapshot: CodeSnapshot) => CodeSnapshot): void;
}

const STORAGE_KEY = 'promokit:codes';
const initial: CodeSnapshot = { ready: false, codes: [], pending: {} };

/**
 * Creates the store. Storage is first read when the first hook subscribes (after hydration), never
 * at import or render, so server and client render the same markup.
 *
 * @internal
 */
export function createCodeStore(persistence: CodePersistence): CodeStore {
  let snapshot = initial;
  let loaded = false;
  const listeners = new Set<() => void>();

  function storage(): Storage | undefined {
    if (persistence === 'none' || typeof window === 'undefined') return undefined;
    try {
      return persistence === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return undefined; // Access throws where the shopper blocked site data.
    }
  }

  function read(): string[] {
    try {
      const saved: unknown = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
      if (!Array.isArray(saved)) return [];
      const codes = saved.filter((item): item is string => typeof item === 'string').map(normalizeCode);
      return [...new Set(codes.filter(Boolean))].slice(0, MAX_CODES);
    } catch {
      return [];
    }
  }

  function write(codes: readonly string[]): void {
    try {
      if (codes.length) storage()?.setItem(STORAGE_KEY, JSON.stringify(codes));
      else storage()?.removeItem(STORAGE_KEY);
    } catch {
      // Full or blocked storage: the codes still apply for this page.
    }
  }

  function update(change: (current: CodeSnapshot) => CodeSnapshot): void {
    const next = change(snapshot);
    if (next === snapshot) return;
    if (next.codes !== snapshot.codes && loaded) write(next.codes);
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
          codes: [...new Set([...saved, ...current.codes])],
        }));
      }
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => initial,
    update,
  };
}

/** @internal */
export const CodeStoreContext = createContext<CodeStore | null>(null);

/** The provider's code store; throws an error naming the hook outside `<PromoProvider>`. @internal */
export function useCodeStore(hookName: string): CodeStore {
  const store = useContext(CodeStoreContext);
  if (!store) throw new Error(`${hookName} must be used inside <PromoProvider>.`);
  return store;
}
