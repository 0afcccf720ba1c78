import { z } from 'zod';

import { metadataSchema } from './metadata.js';
import { redemptionOutcomeFields, redemptionResultSchema } from './redemption.js';

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
  ...redemptionOutcomeFields,
});

/** A redemption rollback. */
export type RedemptionRollback = z.infer<typeof redemptionRollbackSchema>;
