import { z } from 'zod';

/** One product, SKU or collection a discount applies to (or not). */
export const applicableToEntrySchema = z.looseObject({
  object: z.string(),
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  product_id: z.string().nullish(),
  product_source_id: z.string().nullish(),
  effect: z.string().nullish(),
});

/**
 * The `applicable_to` / `inapplicable_to` list of an APPLICABLE redeemable: which catalog entries
 * its discount targets. Empty for order-level discounts.
 */
export const applicableToListSchema = z.looseObject({
  data: z.array(applicableToEntrySchema).nullish(),
  total: z.int().nonnegative().nullish(),
  data_ref: z.literal('data').nullish(),
  object: z.literal('list').nullish(),
});

/** An `applicable_to` / `inapplicable_to` list. */
export type ApplicableToList = z.infer<typeof applicableToListSchema>;
