import { useLiveUpdates } from './use-live-updates.js';

/** Props of {@link PromoLiveUpdates}. */
export interface PromoLiveUpdatesProps {
  /** The BFF's Server-Sent Events stream, e.g. `/api/promotions/events`. */
  url: string;
}

/**
 * Keeps PromoKit data live: refetches what the BFF's event stream says changed (a campaign switched
 * off, a code used elsewhere), and everything after a reconnection. Render it once inside
 * `<PromoProvider>`; storefronts that do not render it do not bundle it.
 *
 * @example <PromoProvider client={client}><PromoLiveUpdates url="/api/promotions/events" />…</PromoProvider>
 */
export function PromoLiveUpdates({ url }: PromoLiveUpdatesProps): null {
  useLiveUpdates(url);
  return null;
}
