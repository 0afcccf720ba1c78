import { z } from 'zod';

import { customerObjectSchema } from './customer-object.js';
import { metadataSchema } from './metadata.js';

/** Response of `POST /v1/events`: the event as recorded, with its customer. Unknown fields are kept. */
export const eventsTrackResponseBodySchema = z.looseObject({
  object: z.literal('event').nullish(),
  type: z.string().nullish(),
  customer: customerObjectSchema,
  referral: z.looseObject({}).nullish(),
  loyalty: z.looseObject({}).nullish(),
  metadata: metadataSchema.nullish(),
});

/** Response of `POST /v1/events`. */
export type EventsTrackResponseBody = z.infer<typeof eventsTrackResponseBodySchema>;
