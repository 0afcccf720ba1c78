import { z } from 'zod';

import { customerSchema } from './customer.js';
import { metadataSchema } from './metadata.js';

/**
 * Body of `POST /v1/events`: a custom event (`event`, its name in the event schema) for a
 * customer, created when unknown. `referral.code` turns it into a referral conversion;
 * `loyalty.code` ties it to a loyalty card.
 */
export const eventsTrackRequestBodySchema = z.object({
  event: z.string().min(1),
  customer: customerSchema,
  referral: z.object({ code: z.string().min(1), referrer_id: z.string().nullish() }).nullish(),
  loyalty: z.object({ code: z.string().min(1) }).nullish(),
  metadata: metadataSchema.nullish(),
});

/** Body of `POST /v1/events`. */
export type EventsTrackRequestBody = z.infer<typeof eventsTrackRequestBodySchema>;
