import { z } from 'zod';

import { customerObjectSchema } from './customer-object.js';
import { metadataSchema } from './metadata.js';
import { orderCalculatedSchema } from './order-calculated.js';

/** Outcome of a redemption or rollback: `SUCCESS` or `FAILURE`. */
export const redemptionResultSchema = z.enum(['SUCCESS', 'FAILURE']);

/** What a redemption or rollback is about: a code, a promotion tier, or (a stacked parent) a redemption. */
export const redemptionRelatedObjectTypeSchema = z.enum(['voucher', 'promotion_tier', 'redemption']);

/** Who made a redemption or rollback (`API`, `USER` in the dashboard, or `AUTO_REDEEM`). */
export const redemptionChannelSchema = z.looseObject({
  channel_id: z.string().nullish(),
  channel_type: z.enum(['USER', 'API', 'AUTO_REDEEM']).nullish(),
});

/**
 * The fields a redemption and its rollback share: when and for whom, how it ended, the order and
 * customer it concerns, what it is about, and the gift credits or points it moved.
 */
export const redemptionOutcomeFields = {
  id: z.string(),
  date: z.string().nullish(),
  customer_id: z.string().nullish(),
  tracking_id: z.string().nullish(),
  metadata: metadataSchema.nullish(),
  amount: z.int().nullish(),
  redemption: z.string().nullish(),
  result: redemptionResultSchema.nullish(),
  failure_code: z.string().nullish(),
  failure_message: z.string().nullish(),
  order: orderCalculatedSchema.nullish(),
  channel: redemptionChannelSchema.nullish(),
  customer: customerObjectSchema.nullish(),
  related_object_type: redemptionRelatedObjectTypeSchema.nullish(),
  related_object_id: z.string().nullish(),
  voucher: z.looseObject({}).nullish(),
  promotion_tier: z.looseObject({}).nullish(),
  /**
   * What a loyalty card bought (spec `RedemptionRewardResult`): the reward (`type` `MATERIAL` with
   * the `product` given, `CAMPAIGN` with the coupon `voucher` published to the holder).
   */
  reward: z
    .looseObject({
      id: z.string().nullish(),
      name: z.string().nullish(),
      type: z.enum(['CAMPAIGN', 'COIN', 'MATERIAL']).nullish(),
      voucher: z.looseObject({ id: z.string().nullish(), code: z.string().nullish() }).nullish(),
      product: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
    })
    .nullish(),
  gift: z.looseObject({ amount: z.int().nullish() }).nullish(),
  loyalty_card: z.looseObject({ points: z.int().nullish() }).nullish(),
};

/**
 * A redemption (`r_…`, or `rf_…` when it failed). In a stacked redemption the parent has
 * `related_object_type: "redemption"` and each child names it in `redemption`. `amount`,
 * `gift.amount` and `loyalty_card.points` are the gift credits or points used. Unknown fields
 * (`voucher`, `promotion_tier`, `reward`…) are kept.
 */
export const redemptionSchema = z.looseObject({
  ...redemptionOutcomeFields,
  object: z.literal('redemption').nullish(),
  status: z.enum(['SUCCEEDED', 'FAILED', 'ROLLED_BACK']).nullish(),
  session: z.looseObject({ key: z.string().nullish() }).nullish(),
  related_redemptions: z.looseObject({}).nullish(),
});

/** A redemption. */
export type Redemption = z.infer<typeof redemptionSchema>;
