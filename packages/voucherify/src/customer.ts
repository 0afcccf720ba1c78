import { z } from 'zod';

import { metadataSchema } from './metadata.js';

/** Postal address of a {@link Customer}. */
export const customerAddressSchema = z.object({
  city: z.string().nullish(),
  state: z.string().nullish(),
  line_1: z.string().nullish(),
  line_2: z.string().nullish(),
  country: z.string().nullish(),
  postal_code: z.string().nullish(),
});

/**
 * Customer sent inline with validate and redeem requests (Voucherify `Customer`).
 *
 * `id` identifies a stored customer and wins over `source_id` (the merchant's own id) when both are
 * given. Optional fields accept `null`, as the spec marks them nullable.
 */
export const customerSchema = z.object({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  /** `YYYY-MM-DD`. */
  birthdate: z.iso.date().nullish(),
  address: customerAddressSchema.nullish(),
  metadata: metadataSchema.nullish(),
});

/** A customer as sent in a request body. */
export type Customer = z.infer<typeof customerSchema>;
