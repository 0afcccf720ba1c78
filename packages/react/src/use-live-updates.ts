import { promoKeys } from '@promokit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Listens to the BFF's Server-Sent Events at `url` and refetches PromoKit data on each message
 * (a campaign changed, a code was used up, a balance moved). Does nothing where `EventSource`
 * does not exist (on the server, in old runtimes).
 *
 * @internal
 */
export function useLiveUpdates(url: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(url, { withCredentials: true });
    source.onmessage = () => void queryClient.invalidateQueries({ queryKey: promoKeys.all });
    return () => source.close();
  }, [url, queryClient]);
}
