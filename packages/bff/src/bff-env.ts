import type { Logger } from 'pino';

/** What the BFF's middleware gives its routes. */
export interface BffEnv {
  Variables: {
    /** The request's id, also sent back as `x-request-id`. */
    requestId: string;
    /** The request's logger, carrying its id. */
    log: Logger;
  };
}
