import { z } from 'zod';

import { metadataSchema } from './metadata.js';
import { orderCalculatedItemSchema } from './order-calculated-item.js';
import { orderStatusSchema } from './order.js';

/** Reference to a customer or referrer on a calculated order. */
const partyReferenceSchema = z.looseObject({
  id: z.string().nullish(),
  object: z.literal('customer').nullish(),
});

/** One entry of `OrderCalculated.redemptions`, keyed by redemption id. */
export const orderRedemptionsEntrySchema = z.looseObject({
  date: z.string().nullish(),
  rollback_id: z.string().nullish(),
  rollback_date: z.string().nullish(),
  related_object_type: z.string().nullish(),
  related_object_id: z.string().nullish(),
  related_object_parent_id: z.string().nullish(),
  stacked: z.array(z.string()).nullish(),
  rollback_stacked: z.array(z.string()).nullish(),
});

/**
 * The order with discounts worked out (Voucherify `OrderCalculated`). Money is in minor units:
 *
 * - `amount`: before any discount; `total_amount = amount - total_discount_amount`
 * - `discount_amount`: order-level discount, cumulative up to this redeemable
 * - `items_discount_amount = sum(items[].discount_amount)`
 * - `total_discount_amount = discount_amount + items_discount_amount`
 * - `applied_discount_amount`: order-level discount applied in this request (or by this step)
 * - `items_applied_discount_amount = sum(items[].applied_discount_amount)`
 * - `total_applied_discount_amount = applied_discount_amount + items_applied_discount_amount`
 *
 * Unknown fields are kept.
 */
export const orderCalculatedSchema = z.looseObject({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  status: orderStatusSchema.nullish(),
  amount: z.int().nullish(),
  initial_amount: z.int().nullish(),
  discount_amount: z.int().nullish(),
  items_discount_amount: z.int().nullish(),
  total_discount_amount: z.int().nullish(),
  total_amount: z.int().nullish(),
  applied_discount_amount: z.int().nullish(),
  items_applied_discount_amount: z.int().nullish(),
  total_applied_discount_amount: z.int().nullish(),
  items: z.array(orderCalculatedItemSchema).nullish(),
  metadata: metadataSchema.nullish(),
  object: z.literal('order').nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  customer_id: z.string().nullish(),
  referrer_id: z.string().nullish(),
  customer: partyReferenceSchema.nullish(),
  referrer: partyReferenceSchema.nullish(),
  redemptions: z.record(z.string(), orderRedemptionsEntrySchema).nullish(),
});

/** An order with discounts worked out, as returned by Voucherify. */
export type OrderCalculated = z.infer<typeof orderCalculatedSchema>;
