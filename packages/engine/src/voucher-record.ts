import type { Metadata } from '@promokit/voucherify';

import type { EngineDiscount, ValidationRule } from './seed/seed-schema.js';

/**
 * A code as the engine evaluates it: the stored voucher with its campaign's name, dates and
 * validation rules folded in (the voucher's own dates win over the campaign's).
 */
export interface VoucherRecord {
  id: string;
  code: string;
  campaignId: string;
  campaignName: string;
  discount: EngineDiscount;
  active: boolean;
  /** ISO date-time from which the code works. */
  startDate: string | undefined;
  /** ISO date-time from which the code no longer works. */
  expirationDate: string | undefined;
  /** Maximum number of uses; unlimited when `undefined`. */
  quantity: number | undefined;
  redeemedQuantity: number;
  metadata: Metadata;
  rules: readonly ValidationRule[];
}
