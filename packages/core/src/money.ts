const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Number of minor-unit digits of `currency` (2 for USD, 0 for JPY, 3 for KWD), as Intl knows it.
 */
export function minorDigits(currency: string): number {
  return formatterFor('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Converts integer minor units to the currency's main unit, for analytics and APIs that expect
 * decimals.
 *
 * @example toMajorUnits(600, 'USD') // 6
 * @example toMajorUnits(600, 'JPY') // 600
 * @example toMajorUnits(1500, 'KWD') // 1.5
 */
export function toMajorUnits(amount: number, currency: string): number {
  return amount / 10 ** minorDigits(currency);
}

/**
 * Formats an integer amount of minor units (cents) as money in `locale`.
 *
 * @example formatMoney(600, 'USD', 'en-US') // "$6.00"
 * @example formatMoney(600, 'JPY', 'ja-JP') // "￥600"
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  if (!Number.isInteger(amount)) throw new RangeError(`Money must be integer minor units, got ${amount}`);
  return formatterFor(locale, currency).format(toMajorUnits(amount, currency));
}
