import { z } from 'zod';

import { redemptionRollbackSchema } from './redemption-rollback.js';
import { redemptionSchema } from './redemption.js';

/**
 * Response body of `GET /v1/redemptions/{redemptionId}` (`RedemptionsGetResponseBody`): the
 * redemption (`r_…`, a failed one `rf_…`) or the rollback (`rr_…`) with that id, told apart by
 * `object`. A redemption's `status` is `ROLLED_BACK` once it is rolled back.
 */
export const redemptionsGetResponseBodySchema = z.union([redemptionSchema, redemptionRollbackSchema]);

/** Response body of `GET /v1/redemptions/{redemptionId}`. */
export type RedemptionsGetResponseBody = z.infer<typeof redemptionsGetResponseBodySchema>;
