import { z } from 'zod';

/** Free-form `metadata` object carried by customers, orders, items and redeemables. */
export const metadataSchema = z.record(z.string(), z.unknown());

/** A Voucherify `metadata` object. */
export type Metadata = z.infer<typeof metadataSchema>;
