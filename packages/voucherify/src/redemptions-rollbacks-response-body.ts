import { z } from 'zod';

import { orderCalculatedSchema } from './order-calculated.js';
import { redemptionRollbackSchema } from './redemption-rollback.js';

/**
 * Response of `POST /v1/redemptions/{parentRedemptionId}/rollbacks`: one rollback per child, the
 * parent's rollback, and the order (`CANCELED` with the default `WITH_ORDER` mode).
 */
export const redemptionsRollbacksResponseBodySchema = z.looseObject({
  rollbacks: z.array(redemptionRollbackSchema),
  parent_rollback: redemptionRollbackSchema.nullish(),
  order: orderCalculatedSchema.nullish(),
});

/** Response of a stacked rollback. */
export type RedemptionsRollbacksResponseBody = z.infer<typeof redemptionsRollbacksResponseBodySchema>;
