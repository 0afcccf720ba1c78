import { z } from 'zod';

import { metadataSchema } from './metadata.js';
import { orderItemSchema } from './order-item.js';

/** Lifecycle status of an order. */
export const orderStatusSchema = z.enum(['CREATED', 'PAID', 'CANCELED', 'FULFILLED']);

/** Lifecycle status of an order. */
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/**
 * Order sent inline with validate and redeem requests (Voucherify `Order`).
 *
 * When `source_id` matches an order Voucherify already stores, the stored data wins over the
 * payload. Money is in minor units; at most 500 items.
 */
export const orderSchema = z.object({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  status: orderStatusSchema.nullish(),
  amount: z.int().nonnegative().nullish(),
  initial_amount: z.int().nonnegative().nullish(),
  discount_amount: z.int().nonnegative().nullish(),
  items: z.array(orderItemSchema).max(500).nullish(),
  metadata: metadataSchema.nullish(),
});

/** An order as sent in a request. */
export type Order = z.infer<typeof orderSchema>;
