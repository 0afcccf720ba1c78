import { z } from 'zod';

import { orderCalculatedSchema } from './order-calculated.js';
import { redemptionSchema } from './redemption.js';
import {
  validationsRedeemableInapplicableSchema,
  validationsRedeemableSkippedSchema,
} from './validations-redeemable.js';

/**
 * Response of `POST /v1/redemptions`: one child redemption per redeemable, the parent that groups
 * them (`order.redemptions[parentId].stacked` lists the children), the order, and in `PARTIAL` mode
 * the redeemables left out. Unknown fields are kept.
 */
export const redemptionsRedeemResponseBodySchema = z.looseObject({
  redemptions: z.array(redemptionSchema),
  parent_redemption: redemptionSchema.nullish(),
  order: orderCalculatedSchema.nullish(),
  inapplicable_redeemables: z.array(validationsRedeemableInapplicableSchema).nullish(),
  skipped_redeemables: z.array(validationsRedeemableSkippedSchema).nullish(),
});

/** Response of `POST /v1/redemptions`. */
export type RedemptionsRedeemResponseBody = z.infer<typeof redemptionsRedeemResponseBodySchema>;
