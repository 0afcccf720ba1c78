import { z } from 'zod';

import { customerSchema } from './customer.js';
import { metadataSchema } from './metadata.js';
import { orderSchema } from './order.js';
import { sessionSchema } from './session.js';
import { stackableRedeemableSchema } from './stackable-redeemable.js';

/** What `options.expand` can add to a validation response. */
export const validationsExpandSchema = z.enum(['order', 'redemption', 'redeemable', 'category']);

/**
 * Body of `POST /v1/validations`: 1 to 30 redeemables, each at most once, with the order, the
 * customer and an optional `LOCK` session. Top-level `metadata` is redemption metadata.
 */
export const validationsValidateRequestBodySchema = z.object({
  options: z.object({ expand: z.array(validationsExpandSchema).nullish() }).nullish(),
  redeemables: z.array(stackableRedeemableSchema).min(1).max(30),
  order: orderSchema.nullish(),
  customer: customerSchema.nullish(),
  session: sessionSchema.nullish(),
  tracking_id: z.string().nullish(),
  metadata: metadataSchema.nullish(),
});

/** Body of `POST /v1/validations`. */
export type ValidationsValidateRequestBody = z.infer<typeof validationsValidateRequestBodySchema>;
