import { z } from 'zod';

import { customerAddressSchema } from './customer.js';
import { metadataSchema } from './metadata.js';

/**
 * A stored customer as Voucherify returns it (`object: "customer"`), from an upsert, a redemption
 * or an event. Responses carry more or fewer fields depending on the endpoint; unknown fields
 * (`summary`, `loyalty`, `referrals`, `assets`…) are kept.
 */
export const customerObjectSchema = z.looseObject({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  birthdate: z.string().nullish(),
  address: customerAddressSchema.loose().nullish(),
  metadata: metadataSchema.nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  object: z.literal('customer').nullish(),
});

/** A stored customer as returned. */
export type CustomerObject = z.infer<typeof customerObjectSchema>;
