import { z } from 'zod';

import { promoKitLoyaltyRewardSchema } from './promokit-extension.js';

/**
 * Response of `GET /v1/loyalties/members/{memberId}/rewards` (spec
 * `LoyaltiesMembersRewardsListResponseBody`): a loyalty card's rewards, each `{ reward, assignment,
 * object: "loyalty_reward" }`, the assignment's `parameters.loyalty.points` its cost in points.
 */
export const loyaltiesMembersRewardsListResponseBodySchema = z.looseObject({
  object: z.literal('list').nullish(),
  data_ref: z.literal('data').nullish(),
  data: z.array(promoKitLoyaltyRewardSchema),
  total: z.int().nonnegative().nullish(),
});

/** A loyalty card's rewards. */
export type LoyaltiesMembersRewardsListResponseBody = z.infer<
  typeof loyaltiesMembersRewardsListResponseBodySchema
>;
