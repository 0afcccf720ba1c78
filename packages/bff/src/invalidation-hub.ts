import type { RouteName } from '@promokit/core';

/** What a storefront should refetch, and why: sent to it over `GET /events`. */
export interface Invalidation {
  /** The routes whose answers may have changed. */
  routes: RouteName[];
  /** The upstream event behind it, e.g. `campaign.disabled`. */
  cause: string;
}

/** A listener's hold on a hub. */
export interface Subscription {
  /** Settles once invalidations published from now on will reach the listener. */
  ready: Promise<void>;
  /** Stops calling the listener. */
  unsubscribe(): void;
}

/**
 * Fans invalidations out to the storefronts connected to the BFF: to this instance's in memory
 * ({@link invalidationHub}), to every instance sharing a Redis through its pub/sub
 * (`redisStore(...).invalidations`).
 */
export interface InvalidationHub {
  /** Sends `invalidation` to every listener. */
  publish(invalidation: Invalidation): void;
  /** Calls `listener` for each invalidation until unsubscribed. */
  subscribe(listener: (invalidation: Invalidation) => void): Subscription;
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
      return { ready: Promise.resolve(), unsubscribe: () => listeners.delete(listener) };
    },
  };
}
