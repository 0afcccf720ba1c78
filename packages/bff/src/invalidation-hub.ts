import type { RouteName } from '@promokit/core';

/** What a storefront should refetch, and why: sent to it over `GET /events`. */
export interface Invalidation {
  /** The routes whose answers may have changed. */
  routes: RouteName[];
  /** The upstream event behind it, e.g. `campaign.disabled`. */
  cause: string;
}

/** Fans invalidations out to the storefronts connected to this instance. */
export interface InvalidationHub {
  /** Sends `invalidation` to every listener. */
  publish(invalidation: Invalidation): void;
  /** Calls `listener` for each invalidation until the returned function is called. */
  subscribe(listener: (invalidation: Invalidation) => void): () => void;
}

/** An in-process {@link InvalidationHub}. */
export function invalidationHub(): InvalidationHub {
  const listeners = new Set<(invalidation: Invalidation) => void>();
  return {
    publish(invalidation) {
      for (const listener of listeners) listener(invalidation);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
