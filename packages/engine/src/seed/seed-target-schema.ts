import { z } from 'zod';

/**
 * What an item-level discount applies to (or, in `inapplicable_to`, never touches): a product, a
 * SKU or a product collection, by the id the order lines carry (`product_id`, `sku_id` or
 * `source_id`). `effect` picks the units: every matching unit, or only the cheapest or the most
 * expensive one. `quantity_limit` caps the discounted units of a line.
 */
export const seedTargetSchema = z.strictObject({
  object: z.enum(['product', 'sku', 'products_collection']),
  id: z.string().min(1),
  effect: z
    .enum(['APPLY_TO_EVERY', 'APPLY_TO_CHEAPEST', 'APPLY_TO_MOST_EXPENSIVE'])
    .default('APPLY_TO_EVERY'),
  quantity_limit: z.int().positive().optional(),
});

/** What an item-level discount applies to. */
export type SeedTarget = z.output<typeof seedTargetSchema>;
