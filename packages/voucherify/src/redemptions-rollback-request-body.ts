import { z } from 'zod';

import { customerSchema } from './customer.js';
import { metadataSchema } from './metadata.js';
import { orderSchema } from './order.js';

/**
 * Body of `POST /v1/redemptions/{redemptionId}/rollback` and
 * `POST /v1/redemptions/{parentRedemptionId}/rollbacks`: an optional reason and tracking id (also
 * accepted as query parameters), the original customer and order, and rollback metadata.
 */
export const redemptionsRollbackRequestBodySchema = z.object({
  reason: z.string().nullish(),
  tracking_id: z.string().nullish(),
  customer: customerSchema.nullish(),
  order: orderSchema.nullish(),
  metadata: metadataSchema.nullish(),
});

/** Body of a rollback request. */
export type RedemptionsRollbackRequestBody = z.infer<typeof redemptionsRollbackRequestBodySchema>;
