/**
 * ISO 4217 minor units of every currency whose minor unit is not 2, as code and digit, alphabetical;
 * besides these, every code starting with X but XCD has 0 (the CFA and CFP francs, and the codes
 * ISO lists without a minor unit: metals, bond-market units, XDR, XSU, XUA, XTS, XXX). This compact
 * form is what ships to browsers; `money.test.ts` proves it equal, code by code, to the
 * `currency-codes` table (ISO 4217 list one of 2024-06-25), which the BFF uses in full.
 */
const NOT_TWO =
  'BHD3BIF0CLF4CLP0DJF0GNF0IQD3ISK0JOD3JPY0KMF0KRW0KWD3LYD3OMR3PYG0RWF0TND3UGX0UYI0UYW4VND0VUV0';

/**
 * Every ISO 4217 code, in development builds only (a production build drops it, as it drops the
 * contract schemas), so that a mistyped code fails where it is written. Proven equal to the
 * `currency-codes` table by `money.test.ts`.
 */
const ISO_CODES =
  process.env.NODE_ENV !== 'production'
    ? 'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG'
    : '';

/**
 * Number of minor-unit digits of `currency` in ISO 4217: 2 for USD, 0 for JPY, 3 for KWD, and 2 for
 * HUF and 3 for IQD, where `Intl`'s display digits say 0.
 *
 * @throws RangeError naming `currency`, in development builds, when ISO 4217 has no such code (`EUE`,
 *   `usd`). Production builds carry only the compact table and take such a code as two-decimal; the
 *   BFF refuses an unknown currency at start-up in every build.
 */
export function minorDigits(currency: string): number {
  if (ISO_CODES && !(/^[A-Z]{3}$/.test(currency) && ISO_CODES.includes(currency))) {
    throw new RangeError(`Unknown currency "${currency}": not an ISO 4217 code`);
  }
  const at = NOT_TWO.indexOf(currency);
  return at >= 0 ? Number(NOT_TWO[at + 3]) : currency[0] === 'X' && currency !== 'XCD' ? 0 : 2;
}

/**
 * Converts integer minor units to the currency's main unit, for analytics and APIs that expect
 * decimals.
 *
 * @example toMajorUnits(600, 'USD') // 6
 * @example toMajorUnits(600, 'JPY') // 600
 * @example toMajorUnits(1500, 'KWD') // 1.5
 * @throws RangeError when `amount` is not an integer, or `currency` is unknown (see
 *   {@link minorDigits}).
 */
export function toMajorUnits(amount: number, currency: string): number {
  if (!Number.isInteger(amount)) throw new RangeError(`Money must be integer minor units, got ${amount}`);
  return amount / 10 ** minorDigits(currency);
}

/**
 * Formats an integer amount of minor units (ISO 4217, see {@link minorDigits}) as money in `locale`,
 * with `Intl.NumberFormat`'s symbol and grouping: the one way every amount the kit and its stores
 * show is written. A negative amount takes the minus sign U+2212 joined to it by U+2060, so that a
 * line never breaks between them. In a locale written right to left (its likely script, by
 * `Intl.Locale#maximize`, is Adlam, Arabic, Hebrew, N'Ko, Hanifi Rohingya, Syriac or Thaana), the amount is a left-to-right isolate
 * (U+2066 … U+2069) without the direction marks `Intl` puts in it, so that it reads the same in
 * every sentence, row and chip, and a minus sign never lands after its number (Unicode UAX #9,
 * explicit directional isolates).
 *
 * @example formatMoney(600, 'USD', 'en-US') // "$6.00"
 * @example formatMoney(-600, 'USD', 'en-US') // "\u2212\u2060$6.00"
 * @example formatMoney(600, 'JPY', 'ja-JP') // "￥600"
 * @example formatMoney(12345, 'HUF', 'hu-HU') // "123,45 Ft"
 * @example formatMoney(-670, 'USD', 'ar') // "\u2066\u2212\u20606.70 US$\u2069"
 * @throws RangeError when `amount` is not an integer, `currency` is unknown, or `locale` is not a
 *   well-formed BCP 47 tag.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const text = toMajorUnits(amount, currency)
    .toLocaleString(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: minorDigits(currency),
    })
    .replace(/\p{Cf}/gu, '')
    .replace('-', '\u2212\u2060');
  // ISO 15924 codes of those scripts, shortened to what no left-to-right code starts with (Armn,
  // Thai and Sylo stay out): Adlm, Arab and Aran, Hebr, Nkoo, Rohg, Syrc and its forms, Thaa.
  return /Ad|Ara[bn]|He|Nk|Ro|Syr|Thaa/.test(new Intl.Locale(locale).maximize().script!)
    ? `\u2066${text}\u2069`
    : text;
}
