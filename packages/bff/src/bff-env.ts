import type { Logger } from 'pino';

/** What the BFF's middleware gives its routes. */
export interface BffEnv {
  Variables: {
    /** The request's id, also sent back as `x-request-id`. */
    requestId: string;
    /** The request's logger, carrying its id. */
    log: Logger;
    /**
     * Aborts the request's upstream calls when the client goes away or the request's upstream
     * budget is spent, so the BFF answers in time however many calls a route makes.
     */
    upstreamSignal: AbortSignal;
    /** The browser's anonymous guest id (see `guestIds`), or `null` for a request from no browser. */
    guestId: string | null;
  };
}
