import { z } from 'zod';

/** Effects of an `AMOUNT` discount: on the order, or spread over the applicable items. */
export const discountAmountEffectSchema = z.enum([
  'APPLY_TO_ORDER',
  'APPLY_TO_ITEMS',
  'APPLY_TO_ITEMS_BY_QUANTITY',
  'APPLY_TO_ITEMS_PROPORTIONALLY',
  'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY',
]);

/** Effects of a `PERCENT` or `FIXED` discount. */
export const discountOrderOrItemsEffectSchema = z.enum(['APPLY_TO_ORDER', 'APPLY_TO_ITEMS']);

/** Effects of a single-unit `UNIT` (free items) discount. */
export const discountUnitEffectSchema = z.enum(['ADD_MISSING_ITEMS', 'ADD_NEW_ITEMS', 'ADD_SAME_ITEMS']);

/** Product or SKU granted by a `UNIT` discount. */
export const discountUnitTargetSchema = z.looseObject({
  id: z.string().nullish(),
  source_id: z.string().nullish(),
  name: z.string().nullish(),
});

/** `AMOUNT` discount: `amount_off` minor units off. */
export const discountAmountSchema = z.looseObject({
  type: z.literal('AMOUNT'),
  amount_off: z.number(),
  amount_off_formula: z.string().nullish(),
  aggregated_amount_limit: z.int().nullish(),
  effect: discountAmountEffectSchema.nullish(),
  is_dynamic: z.boolean().nullish(),
});

/**
 * `PERCENT` discount: `percent_off` percent off, at most `amount_limit` minor units (per order for
 * an order-level effect, per line for item-level) and `aggregated_amount_limit` across lines.
 */
export const discountPercentSchema = z.looseObject({
  type: z.literal('PERCENT'),
  percent_off: z.number(),
  percent_off_formula: z.string().nullish(),
  amount_limit: z.number().nullish(),
  aggregated_amount_limit: z.int().nullish(),
  effect: discountOrderOrItemsEffectSchema.nullish(),
  is_dynamic: z.boolean().nullish(),
});

/** `FIXED` ("new price") discount: the order total or item price becomes `fixed_amount`. */
export const discountFixedSchema = z.looseObject({
  type: z.literal('FIXED'),
  fixed_amount: z.number(),
  fixed_amount_formula: z.string().nullish(),
  effect: discountOrderOrItemsEffectSchema.nullish(),
  is_dynamic: z.boolean().nullish(),
});

/**
 * `UNIT` discount granting `unit_off` free units of `unit_type` (a product or SKU id).
 * Free shipping is this shape; see {@link freeShippingDiscountSchema}.
 */
export const discountUnitSchema = z.looseObject({
  type: z.literal('UNIT'),
  effect: discountUnitEffectSchema,
  unit_off: z.int().nullish(),
  unit_off_formula: z.string().nullish(),
  unit_type: z.string(),
  product: discountUnitTargetSchema.nullish(),
  sku: discountUnitTargetSchema.nullish(),
  is_dynamic: z.boolean().nullish(),
});

/** One unit of a multiple-unit `UNIT` discount. */
export const discountUnitMultipleOneUnitSchema = z.looseObject({
  unit_off: z.number().nullish(),
  unit_off_formula: z.string().nullish(),
  effect: z.enum(['ADD_NEW_ITEMS', 'ADD_MISSING_ITEMS']).nullish(),
  unit_type: z.string().nullish(),
  product: discountUnitTargetSchema.nullish(),
  sku: discountUnitTargetSchema.nullish(),
});

/** `UNIT` discount granting several products at once (`effect: "ADD_MANY_ITEMS"`). */
export const discountUnitMultipleSchema = z.looseObject({
  type: z.literal('UNIT'),
  effect: z.literal('ADD_MANY_ITEMS'),
  units: z.array(discountUnitMultipleOneUnitSchema),
});

/**
 * A Voucherify `Discount`: `AMOUNT`, `PERCENT`, `FIXED` or `UNIT` (single or multiple units),
 * told apart by `type` and, for `UNIT`, by `effect`. There is no shipping type: free shipping is a
 * `UNIT` discount on the built-in shipping product.
 */
export const discountSchema = z.discriminatedUnion('type', [
  discountAmountSchema,
  discountPercentSchema,
  discountFixedSchema,
  z.discriminatedUnion('effect', [discountUnitSchema, discountUnitMultipleSchema]),
]);

/** An `AMOUNT` discount. */
export type DiscountAmount = z.infer<typeof discountAmountSchema>;
/** A `PERCENT` discount. */
export type DiscountPercent = z.infer<typeof discountPercentSchema>;
/** A `FIXED` ("new price") discount. */
export type DiscountFixed = z.infer<typeof discountFixedSchema>;
/** A single-unit `UNIT` discount. */
export type DiscountUnit = z.infer<typeof discountUnitSchema>;
/** A multiple-unit `UNIT` discount. */
export type DiscountUnitMultiple = z.infer<typeof discountUnitMultipleSchema>;
/** Any Voucherify discount. */
export type Discount = z.infer<typeof discountSchema>;
