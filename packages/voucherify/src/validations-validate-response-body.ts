import { z } from 'zod';

import { orderCalculatedSchema } from './order-calculated.js';
import { sessionSchema } from './session.js';
import { stackingRulesSchema } from './stacking-rules.js';
import {
  validationsRedeemableInapplicableSchema,
  validationsRedeemableSchema,
  validationsRedeemableSkippedSchema,
} from './validations-redeemable.js';

/**
 * Response of `POST /v1/validations` (HTTP 200 even when codes are rejected). `valid` is `false`
 * when a redeemable is INAPPLICABLE. In `PARTIAL` mode `redeemables` holds only the APPLICABLE
 * ones and the rest are listed in `skipped_redeemables` / `inapplicable_redeemables`. `order` has
 * every applicable redeemable applied in sequence. Unknown fields are kept.
 */
export const validationsValidateResponseBodySchema = z.looseObject({
  id: z.string().nullish(),
  valid: z.boolean(),
  redeemables: z.array(validationsRedeemableSchema),
  skipped_redeemables: z.array(validationsRedeemableSkippedSchema).nullish(),
  inapplicable_redeemables: z.array(validationsRedeemableInapplicableSchema).nullish(),
  order: orderCalculatedSchema.nullish(),
  tracking_id: z.string().nullish(),
  session: sessionSchema.nullish(),
  stacking_rules: stackingRulesSchema,
});

/** Response of `POST /v1/validations`. */
export type ValidationsValidateResponseBody = z.infer<typeof validationsValidateResponseBodySchema>;
