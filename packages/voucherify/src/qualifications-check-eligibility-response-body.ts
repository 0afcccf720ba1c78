import { z } from 'zod';

import { orderCalculatedSchema } from './order-calculated.js';
import { qualificationsRedeemableSchema } from './qualifications-redeemable.js';
import { stackingRulesSchema } from './stacking-rules.js';

/**
 * One page of qualified redeemables. While `has_more`, ask again with `options.starting_after` set
 * to `more_starting_after` (the `created_at` of the last one).
 */
export const qualificationsRedeemablesSchema = z.looseObject({
  object: z.literal('list').nullish(),
  data_ref: z.literal('data').nullish(),
  data: z.array(qualificationsRedeemableSchema),
  total: z.int().nonnegative().nullish(),
  has_more: z.boolean().nullish(),
  more_starting_after: z.string().nullish(),
});

/**
 * Response of `POST /v1/qualifications`: the redeemables that apply to the customer and order, the
 * order as sent, and the project's stacking rules. Unknown fields are kept.
 */
export const qualificationsCheckEligibilityResponseBodySchema = z.looseObject({
  redeemables: qualificationsRedeemablesSchema,
  tracking_id: z.string().nullish(),
  order: orderCalculatedSchema.nullish(),
  stacking_rules: stackingRulesSchema.nullish(),
});

/** Response of `POST /v1/qualifications`. */
export type QualificationsCheckEligibilityResponseBody = z.infer<
  typeof qualificationsCheckEligibilityResponseBodySchema
>;
