import { z } from 'zod';

import { customerObjectSchema } from './customer-object.js';
import { metadataSchema } from './metadata.js';
import { orderCalculatedSchema } from './order-calculated.js';
import {
  redemptionChannelSchema,
  redemptionRelatedObjectTypeSchema,
  redemptionResultSchema,
} from './redemption.js';

/**
 * A rollback (`rr_…`) of the redemption named in `redemption`. `amount`, `gift.amount` and
 * `loyalty_card.points` are negative: the credits or points given back. Unknown fields are kept.
 */
export const redemptionRollbackSchema = z.looseObject({
  id: z.string(),
  object: z.literal('redemption_rollback').nullish(),
  date: z.string().nullish(),
  customer_id: z.string().nullish(),
  tracking_id: z.string().nullish(),
  metadata: metadataSchema.nullish(),
  amount: z.int().nullish(),
  redemption: z.string().nullish(),
  reason: z.string().nullish(),
  result: redemptionResultSchema.nullish(),
  status: z.enum(['SUCCEEDED', 'FAILED']).nullish(),
  failure_code: z.string().nullish(),
  failure_message: z.string().nullish(),
  order: orderCalculatedSchema.nullish(),
  channel: redemptionChannelSchema.nullish(),
  customer: customerObjectSchema.nullish(),
  related_object_type: redemptionRelatedObjectTypeSchema.nullish(),
  related_object_id: z.string().nullish(),
  voucher: z.looseObject({}).nullish(),
  promotion_tier: z.looseObject({}).nullish(),
  reward: z.looseObject({}).nullish(),
  gift: z.looseObject({ amount: z.int().nullish() }).nullish(),
  loyalty_card: z.looseObject({ points: z.int().nullish() }).nullish(),
});

/** A redemption rollback. */
export type RedemptionRollback = z.infer<typeof redemptionRollbackSchema>;
