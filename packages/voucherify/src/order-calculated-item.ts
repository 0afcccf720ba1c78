import { z } from 'zod';

import { metadataSchema } from './metadata.js';

/** Product data echoed on a calculated order line. */
export const orderCalculatedItemProductSchema = z.looseObject({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  override: z.boolean().nullish(),
  name: z.string().nullish(),
  metadata: metadataSchema.nullish(),
  price: z.number().nullish(),
});

/** SKU data echoed on a calculated order line. */
export const orderCalculatedItemSkuSchema = z.looseObject({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  override: z.boolean().nullish(),
  sku: z.string().nullish(),
  price: z.number().nullish(),
  metadata: metadataSchema.nullish(),
});

/**
 * Replacement or upgrade effect reported on a calculated order line (`application_details[]`).
 */
export const applicationDetailsSchema = z.looseObject({
  source_index: z.int().nullish(),
  source_applied_quantity: z.int().nullish(),
  source_applied_quantity_amount: z.int().nullish(),
  target_index: z.int().nullish(),
  target_applied_quantity: z.int().nullish(),
  target_applied_quantity_amount: z.int().nullish(),
  target_applied_discount_amount: z.int().nullish(),
});

/**
 * One order line in a response (Voucherify `OrderCalculatedItem`).
 *
 * `discount_amount` is cumulative over the redeemables applied so far, `applied_discount_amount`
 * is what this request applied, and `subtotal_amount = amount - applied_discount_amount`.
 * Unknown fields are kept.
 */
export const orderCalculatedItemSchema = z.looseObject({
  object: z.literal('order_item'),
  id: z.string().nullish(),
  sku_id: z.string().nullish(),
  product_id: z.string().nullish(),
  related_object: z.enum(['product', 'sku']).nullish(),
  source_id: z.string().nullish(),
  quantity: z.int().nullish(),
  discount_quantity: z.int().nullish(),
  initial_quantity: z.int().nullish(),
  applied_quantity: z.int().nullish(),
  applied_discount_quantity: z.int().nullish(),
  amount: z.int().nullish(),
  discount_amount: z.int().nullish(),
  applied_discount_amount: z.int().nullish(),
  applied_quantity_amount: z.int().nullish(),
  initial_amount: z.int().nullish(),
  price: z.int().nullish(),
  subtotal_amount: z.int().nullish(),
  product: orderCalculatedItemProductSchema.nullish(),
  sku: orderCalculatedItemSkuSchema.nullish(),
  metadata: metadataSchema.nullish(),
  application_details: z.array(applicationDetailsSchema).nullish(),
});

/** An order line in a response. */
export type OrderCalculatedItem = z.infer<typeof orderCalculatedItemSchema>;
