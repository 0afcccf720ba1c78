import { z } from 'zod';

/** Cart totals, in minor units of `currency`, priced by the server. */
export const totalsSchema = z.object({
  currency: z.string().length(3),
  subtotal: z.number().int().nonnegative(),
  discount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** Cart totals. */
export type Totals = z.infer<typeof totalsSchema>;
