import { z } from 'zod';

import { MAX_CART_LINES, MAX_LINE_QUANTITY } from './limits.js';

/**
 * One cart line as the browser knows it: a product and a quantity. Prices are never taken from the
 * browser; the BFF prices every line from its catalog.
 */
export const cartLineSchema = z.object({
  productId: z.string().min(1).max(128),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
});

/** A cart line: a product and a quantity. */
export type CartLine = z.infer<typeof cartLineSchema>;

/** The cart the browser sends: its lines only. */
export const cartSchema = z.object({
  lines: z.array(cartLineSchema).max(MAX_CART_LINES),
});

/** The cart the browser sends. */
export type Cart = z.infer<typeof cartSchema>;
