import { z } from 'zod';

import { PROMO_ERROR_CODES } from './promo-error.js';

/** The JSON body the BFF answers with on failure. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(PROMO_ERROR_CODES),
    message: z.string(),
    /** Dotted path of the offending field, for `bad_request`. */
    path: z.string().optional(),
    /** Seconds to wait before retrying, for `rate_limited`. */
    retryAfter: z.number().int().nonnegative().optional(),
  }),
});

/** The JSON body the BFF answers with on failure. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
