import { z } from 'zod';

import { customerSchema } from './customer.js';
import { orderSchema } from './order.js';

/**
 * Body of `POST /v1/orders` (Voucherify `OrdersCreateRequestBody`): an order with its customer.
 * An order found by `id` or `source_id` is updated; `status: "PAID"` marks it paid, which earning
 * rules reward. Money in minor units.
 */
export const ordersCreateRequestBodySchema = orderSchema.extend({
  customer: customerSchema.nullish(),
  created_at: z.iso.datetime({ offset: true }).nullish(),
});

/** Body of `POST /v1/orders`. */
export type OrdersCreateRequestBody = z.infer<typeof ordersCreateRequestBodySchema>;
