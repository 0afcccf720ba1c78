import { z } from 'zod';

/** Units accepted for a session's `ttl`. */
export const sessionTtlUnitSchema = z.enum([
  'DAYS',
  'HOURS',
  'MICROSECONDS',
  'MILLISECONDS',
  'MINUTES',
  'NANOSECONDS',
  'SECONDS',
]);

/** Unit of a session's `ttl`. */
export type SessionTtlUnit = z.infer<typeof sessionTtlUnitSchema>;

/**
 * Validation session. A `LOCK` session reserves one use of each code (and the requested gift credits
 * or loyalty points) between validate and redeem; send the returned `key` again on redeem. The
 * default TTL is 7 days. Used in requests and echoed in responses.
 */
export const sessionSchema = z.looseObject({
  key: z.string().nullish(),
  type: z.literal('LOCK').nullish(),
  ttl: z.number().positive().nullish(),
  ttl_unit: sessionTtlUnitSchema.nullish(),
});

/** A validation session. */
export type Session = z.infer<typeof sessionSchema>;
