import { z } from 'zod';

/**
 * Voucherify's error body (`Error`): returned with non-2xx statuses and inside INAPPLICABLE
 * redeemables. `code` is the HTTP status; `error.message` is the merchant-configured message, present
 * only when one is set. Unknown fields are kept.
 */
export const errorBodySchema = z.looseObject({
  code: z.int(),
  key: z.string().nullish(),
  message: z.string(),
  details: z.string().nullish(),
  request_id: z.string().nullish(),
  resource_id: z.string().nullish(),
  resource_type: z.string().nullish(),
  error: z.looseObject({ message: z.string().nullish() }).nullish(),
});

/** A Voucherify error body. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
