import type { z } from 'zod';

import { orderCalculatedSchema } from './order-calculated.js';

/**
 * Response body of `GET /v1/orders/{orderId}` (`OrdersGetResponseBody`): the order with discounts
 * worked out, as its latest redemption left it, and `redemptions`, keyed by redemption id: every
 * redemption made for the order, a stacked parent naming its children in `stacked`, and a rolled
 * back one carrying `rollback_id` and `rollback_date`. Unknown fields are kept.
 */
export const ordersGetResponseBodySchema = orderCalculatedSchema;

/** Response body of `GET /v1/orders/{orderId}`. */
export type OrdersGetResponseBody = z.infer<typeof ordersGetResponseBodySchema>;
