/** `percent_off` is honoured to 4 decimals: it is scaled to an integer of this many parts per 100. */
const PERCENT_SCALE = 10_000;

/** `amount × percent / 100`, rounded half up to a whole hundredth, in exact integer arithmetic. */
export function percentOf(amount: number, percent: number): number {
  const parts = Math.round(percent * PERCENT_SCALE);
  const divisor = 100 * PERCENT_SCALE;
  return Math.floor((amount * parts + divisor / 2) / divisor);
}
