import type { z } from 'zod';

import {
  validationsExpandSchema,
  validationsValidateRequestBodySchema,
} from './validations-validate-request-body.js';

/** What `options.expand` can add to a redemption response: the same as for a validation. */
export const redemptionsExpandSchema = validationsExpandSchema;

/**
 * Body of `POST /v1/redemptions` (stackable): the same shape as a validation. Send the `key` of the
 * validation's `LOCK` session to redeem what it reserved; a successful redemption releases it.
 */
export const redemptionsRedeemRequestBodySchema = validationsValidateRequestBodySchema;

/** Body of `POST /v1/redemptions`. */
export type RedemptionsRedeemRequestBody = z.infer<typeof redemptionsRedeemRequestBodySchema>;
