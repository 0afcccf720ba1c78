import { promoKeys } from '@promokit/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** The cached data each BFF route's answers live under. */
const KEYS_BY_ROUTE: Readonly<Record<string, QueryKey>> = {
  qualifications: promoKeys.qualifications(),
  validate: promoKeys.validations(),
  wallet: promoKeys.wallet(),
};

/** The keys an `invalidate` event's data names (`{ routes: [...] }`), or every PromoKit key. */
function keysOf(data: string): QueryKey[] {
  try {
    const { routes } = JSON.parse(data) as { routes?: unknown };
    if (Array.isArray(routes)) {
      return routes.map((route) => KEYS_BY_ROUTE[String(route)]).filter((key) => key !== undefined);
    }
  } catch {
    // Not JSON: refetch everything rather than miss a change.
  }
  return [promoKeys.all];
}

/**
 * Listens to the BFF's Server-Sent Events at `url` (`GET /events`) and refetches the PromoKit data
 * each `invalidate` event names (a campaign changed, a code was used up, a balance moved). After a
 * reconnection, when events may have been missed, everything is refetched. Does nothing where
 * `EventSource` does not exist (on the server, in old runtimes).
 *
 * @internal
 */
export function useLiveUpdates(url: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(url, { withCredentials: true });
    let connected = false;
    const refetch = (keys: readonly QueryKey[]): void => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    source.addEventListener('ready', () => {
      if (connected) refetch([promoKeys.all]);
      connected = true;
    });
    source.addEventListener('invalidate', (event) => refetch(keysOf(event.data as string)));
    return () => source.close();
  }, [url, queryClient]);
}
