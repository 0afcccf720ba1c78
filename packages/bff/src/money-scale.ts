import { code as iso4217 } from 'currency-codes';

/**
 * How amounts of one currency cross between the kit and Voucherify. The kit counts in ISO 4217
 * minor units (¥1,000 is 1000, 1.000 KWD is 1000 fils); Voucherify writes every amount multiplied by
 * 100, whatever the currency ("Value is multiplied by 100 to precisely represent 2 decimal places";
 * DIGEST §0), so ¥1,000 is 100000 upstream and 1.000 KWD is 100. Two-decimal currencies are the same
 * on both sides.
 *
 * Where a conversion loses digits (a 3-decimal currency going upstream, a 0-decimal one coming back),
 * it rounds toward zero, so that no side is ever told of more money than the other has: a cart is
 * never sent upstream for more than it costs (a minimum-order rule holds upstream exactly when it
 * holds in the kit, since upstream thresholds are whole upstream units), a gift card is never asked
 * for more credit than the shopper chose, and a discount, credit or balance coming back is never
 * more than Voucherify booked. The one exception is an amount still missing to reach a threshold,
 * which rounds away from zero, so that adding it always qualifies.
 */
export interface MoneyScale {
  /** The ISO 4217 code. */
  readonly currency: string;
  /** ISO 4217 minor-unit digits of {@link currency}. */
  readonly minorDigits: number;
  /** Kit minor units to Voucherify's ×100 units; toward zero when digits are lost (KWD). */
  toUpstream(amount: number): number;
  /** Voucherify's ×100 units to kit minor units; toward zero when digits are lost (JPY). */
  fromUpstream(amount: number): number;
  /** Like {@link fromUpstream}, rounding away from zero: for an amount still missing. */
  missingFromUpstream(amount: number): number;
}

/** Voucherify's scale: two decimal places. */
const UPSTREAM_DIGITS = 2;

/**
 * The {@link MoneyScale} of `currency`, from the ISO 4217 table of `currency-codes`.
 *
 * @throws TypeError when `currency` is not a string (a missing option), RangeError naming it when
 *   ISO 4217 has no such code (codes are upper case: `usd` is refused).
 */
export function moneyScale(currency: unknown): MoneyScale {
  if (typeof currency !== 'string') {
    throw new TypeError(
      'A currency is required: the ISO 4217 code the catalog prices carts in and the Voucherify project counts in, e.g. "USD"',
    );
  }
  const record = iso4217(currency);
  if (record?.code !== currency) {
    throw new RangeError(`Unknown currency "${currency}": not an ISO 4217 code`);
  }
  const shift = record.digits - UPSTREAM_DIGITS;
  const factor = 10 ** Math.abs(shift);
  const times = (amount: number) => amount * factor;
  const towardZero = (amount: number) => Math.trunc(amount / factor) + 0;
  const awayFromZero = (amount: number) => Math.sign(amount) * Math.ceil(Math.abs(amount) / factor) + 0;
  return {
    currency,
    minorDigits: record.digits,
    toUpstream: shift > 0 ? towardZero : times,
    fromUpstream: shift < 0 ? towardZero : times,
    missingFromUpstream: shift < 0 ? awayFromZero : times,
  };
}
