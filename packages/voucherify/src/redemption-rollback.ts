import { z } from 'zod';

import { redemptionOutcomeFields } from './redemption.js';

/**
 * A rollback (`rr_…`) of the redemption named in `redemption`. `amount`, `gift.amount` and
 * `loyalty_card.points` are negative: the credits or points given back. Unknown fields are kept.
 */
export const redemptionRollbackSchema = z.looseObject({
  ...redemptionOutcomeFields,
  object: z.literal('redemption_rollback').nullish(),
  reason: z.string().nullish(),
  status: z.enum(['SUCCEEDED', 'FAILED']).nullish(),
});

/** A redemption rollback. */
export type RedemptionRollback = z.infer<typeof redemptionRollbackSchema>;
