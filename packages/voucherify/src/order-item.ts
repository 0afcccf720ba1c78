import { z } from 'zod';

import { metadataSchema } from './metadata.js';

/** Minor units of money (cents): a non-negative integer. */
const money = z.int().nonnegative();

/** Product data attached to an order line; `override: true` upserts it into the catalog. */
export const orderItemProductSchema = z.object({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  override: z.boolean().nullish(),
  name: z.string().nullish(),
  metadata: metadataSchema.nullish(),
  price: money.nullish(),
});

/** SKU data attached to an order line; `override: true` upserts it into the catalog. */
export const orderItemSkuSchema = z.object({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  override: z.boolean().nullish(),
  sku: z.string().nullish(),
  price: money.nullish(),
  metadata: metadataSchema.nullish(),
});

/**
 * One order line as sent in a request (Voucherify `OrderItem`).
 *
 * Money is in minor units: `price` is the unit price and `amount` is `price × quantity`.
 */
export const orderItemSchema = z.object({
  sku_id: z.string().nullish(),
  product_id: z.string().nullish(),
  related_object: z.enum(['product', 'sku']).nullish(),
  source_id: z.string().nullish(),
  quantity: z.int().nonnegative().nullish(),
  discount_quantity: z.int().nonnegative().nullish(),
  initial_quantity: z.int().nonnegative().nullish(),
  amount: money.nullish(),
  discount_amount: money.nullish(),
  initial_amount: money.nullish(),
  price: money.nullish(),
  product: orderItemProductSchema.nullish(),
  sku: orderItemSkuSchema.nullish(),
  metadata: metadataSchema.nullish(),
});

/** An order line as sent in a request. */
export type OrderItem = z.infer<typeof orderItemSchema>;
