import { z } from 'zod';

/**
 * Something a loyalty card's points buy besides paying for the order (Voucherify's loyalty
 * `Reward`, DIGEST §9): a free unit of a product (`product`, reward type `MATERIAL`) or a coupon
 * published to the card's holder (`coupon`, reward type `CAMPAIGN`). Chosen by sending the card as
 * `{ code, reward: id }`.
 */
export const loyaltyRewardSchema = z.object({
  /** Upstream reward id (`rew_…`), sent back as the code entry's `reward`. */
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(['product', 'coupon']),
  /** What it costs, in points of the card. */
  points: z.number().int().positive(),
  /** The product given, for a `product` reward, when upstream names it. */
  productId: z.string().optional(),
});

/** A loyalty reward a card can buy. */
export type LoyaltyReward = z.infer<typeof loyaltyRewardSchema>;
