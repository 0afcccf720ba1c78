import { z } from 'zod';

import { customerSchema } from './customer.js';
import { metadataSchema } from './metadata.js';
import { orderSchema } from './order.js';
import { sessionSchema } from './session.js';
import { stackableRedeemableSchema } from './stackable-redeemable.js';

/** What `options.expand` can add to a redemption response. */
export const redemptionsExpandSchema = z.enum(['order', 'redeemable', 'redemption', 'category']);

/**
 * Body of `POST /v1/redemptions` (stackable): the same shape as a validation. Send the `key` of the
 * validation's `LOCK` session to redeem what it reserved; a successful redemption releases it.
 */
export const redemptionsRedeemRequestBodySchema = z.object({
  options: z.object({ expand: z.array(redemptionsExpandSchema).nullish() }).nullish(),
  redeemables: z.array(stackableRedeemableSchema).min(1).max(30),
  order: orderSchema.nullish(),
  customer: customerSchema.nullish(),
  session: sessionSchema.nullish(),
  tracking_id: z.string().nullish(),
  metadata: metadataSchema.nullish(),
});

/** Body of `POST /v1/redemptions`. */
export type RedemptionsRedeemRequestBody = z.infer<typeof redemptionsRedeemRequestBodySchema>;
