import { z } from 'zod';

/**
 * A loyalty reward an order bought with a card's points (Voucherify's redemption `reward`, spec
 * `RedemptionRewardResult`): the free product added to the order, or the coupon published to the
 * shopper, whose code is theirs to use on a later order.
 */
export const boughtRewardSchema = z.object({
  /** The loyalty card that paid for it. */
  code: z.string(),
  /** Upstream reward id (`rew_…`). */
  id: z.string(),
  name: z.string(),
  kind: z.enum(['product', 'coupon']),
  /** Points the card paid. */
  points: z.number().int().nonnegative(),
  /** The coupon published to the shopper, for a `coupon` reward. */
  coupon: z.string().optional(),
  /** The product given, for a `product` reward. */
  productId: z.string().optional(),
});

/** A loyalty reward an order bought. */
export type BoughtReward = z.infer<typeof boughtRewardSchema>;
