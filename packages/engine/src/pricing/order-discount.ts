import type { EngineDiscount } from '../seed/seed-schema.js';

/** `percent_off` is honoured to 4 decimals: it is scaled to an integer of this many parts per 100. */
const PERCENT_SCALE = 10_000;

/**
 * The order-level discount a code gives on `payable` minor units, as an integer:
 *
 * - `AMOUNT`: `amount_off`.
 * - `PERCENT`: `payable × percent_off / 100`, rounded half up to a whole minor unit (exact integer
 *   arithmetic, `percent_off` to 4 decimals), then capped at `amount_limit`.
 *
 * Never more than `payable`, so the order total never goes below zero.
 */
export function orderDiscountAmount(discount: EngineDiscount, payable: number): number {
  const amount =
    discount.type === 'AMOUNT'
      ? discount.amount_off
      : Math.min(percentOf(payable, discount.percent_off), discount.amount_limit ?? Infinity);
  return Math.max(0, Math.min(amount, payable));
}

function percentOf(amount: number, percent: number): number {
  const parts = Math.round(percent * PERCENT_SCALE);
  const divisor = 100 * PERCENT_SCALE;
  return Math.floor((amount * parts + divisor / 2) / divisor);
}
