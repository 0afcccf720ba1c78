import { z } from 'zod';

/**
 * A redeemable's category (Voucherify `CategoryWithStackingRulesType`). Lower `hierarchy` sorts
 * first under `CATEGORY_HIERARCHY`; `stacking_rules_type` marks exclusive or joint categories.
 */
export const categorySchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  hierarchy: z.int().nonnegative().nullish(),
  stacking_rules_type: z.enum(['JOINT', 'EXCLUSIVE']).nullish(),
  object: z.literal('category').nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});

/** A redeemable's category. */
export type Category = z.infer<typeof categorySchema>;
