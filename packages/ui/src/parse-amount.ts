import { NumberParser } from '@internationalized/number';
import { minorDigits } from '@promokit/core';

/**
 * Why a typed amount is not one to use:
 * - `not_a_number`: not a number as `locale` writes one (letters, `1e3`, `0x10`, digits grouped
 *   other than the locale groups them, such as `12,50` in English)
 * - `too_many_decimals`: finer than the currency's minor unit (`12.345` dollars)
 */
export type AmountError = 'not_a_number' | 'too_many_decimals';

/** A typed amount: in minor units of the currency, or why it is none. */
export type ParsedAmount = { amount: number; error?: undefined } | { amount?: undefined; error: AmountError };

/** The sizes of the runs of digits in `text`, in order: `1,23,456` is `1,2,3`. */
const groupSizes = (text: string): string =>
  text
    .split(/\P{Nd}+/u)
    .filter(Boolean)
    .map((group) => group.length)
    .join();

/**
 * Reads an amount of `currency` as a shopper types it in `locale`: its digits (Latin, or the
 * locale's own, such as Arabic-Indic), its decimal and group separators (`1,234.56` in `en`,
 * `1.234,56` in `de`, `1 234,56` in `fr`), the currency's symbol and a sign; surrounding white
 * space is ignored. The amount is in ISO 4217 minor units (`minorDigits`, not `Intl`'s display
 * digits), so `12.5` dollars is 1250 and `12.345` dollars, which no minor unit counts, an error.
 * The number is parsed by `@internationalized/number` (React Aria's parser, which knows every
 * locale's symbols and numbering systems); digits grouped unlike the locale groups them are refused
 * rather than read another way than the shopper meant. Range (positive, at most a balance) is the
 * caller's to check.
 *
 * @throws RangeError for a currency code ISO 4217 does not have, in development builds
 */
export function parseAmount(text: string, locale: string, currency: string): ParsedAmount {
  const typed = text.trim();
  // Any number of decimals parses, so that too many are told apart from what is no number.
  const parser = new NumberParser(locale, { style: 'currency', currency, maximumFractionDigits: 20 });
  const value = parser.isValidPartialNumber(typed) ? parser.parse(typed) : NaN;
  if (!Number.isFinite(value)) return { error: 'not_a_number' };
  const numberingSystem = parser.getNumberingSystem(typed);
  const decimal = new Intl.NumberFormat(locale, { numberingSystem })
    .formatToParts(0.5)
    .find((part) => part.type === 'decimal')?.value;
  const whole = decimal ? (typed.split(decimal)[0] ?? '') : typed;
  const grouped = new Intl.NumberFormat(locale, {
    numberingSystem,
    useGrouping: 'always',
    maximumFractionDigits: 0,
  }).format(Math.trunc(Math.abs(value)));
  if (/\p{Nd}\P{Nd}+\p{Nd}/u.test(whole) && groupSizes(whole) !== groupSizes(grouped)) {
    return { error: 'not_a_number' };
  }
  const minor = value * 10 ** minorDigits(currency);
  const amount = Math.round(minor);
  // Binary fractions: 0.29 × 100 is 28.999999999999996, which is 29 cents, not a finer amount. A
  // digit beyond the minor unit is a hundredth of one or more, far above a double's error.
  const error = Math.max(1e-6, Math.abs(minor) * 1e-12);
  return Math.abs(minor - amount) > error ? { error: 'too_many_decimals' } : { amount };
}
