import { data as iso4217 } from 'currency-codes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatMoney, minorDigits, toMajorUnits } from './money.js';

describe('formatMoney', () => {
  it.each([
    [600, 'USD', 'en-US', '$6.00'],
    [-600, 'USD', 'en-US', '\u2212\u2060$6.00'],
    [123456, 'EUR', 'de-DE', '1.234,56\u00a0€'],
    [600, 'JPY', 'ja-JP', '￥600'],
    [1500, 'KWD', 'en-US', 'KWD\u00a01.500'],
    [1, 'KWD', 'en-US', 'KWD\u00a00.001'],
    [123456, 'JPY', 'en-US', '¥123,456'],
    [-5, 'JPY', 'ja-JP', '\u2212\u2060￥5'],
    [-670, 'EUR', 'de-DE', '\u2212\u20606,70\u00a0€'],
    // Intl shows no decimals for these, yet their amounts are hundredths and thousandths.
    [12345, 'HUF', 'hu-HU', '123,45\u00a0Ft'],
    [10000, 'HUF', 'hu-HU', '100\u00a0Ft'],
    [1500, 'IQD', 'en-US', 'IQD\u00a01.5'],
  ])('formats %i %s in %s as %s', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  // Right to left: a left-to-right isolate, Intl's direction marks gone, the minus sign first.
  it.each([
    [2500, 'USD', 'ar', '\u206625.00\u00a0US$\u2069'],
    [-670, 'USD', 'ar', '\u2066\u2212\u20606.70\u00a0US$\u2069'],
    [-670, 'USD', 'ar-EG', '\u2066\u2212\u2060٦٫٧٠\u00a0US$\u2069'],
    [2500, 'ILS', 'he', '\u206625.00\u00a0₪\u2069'],
    [2500, 'USD', 'ur', '\u2066$25.00\u2069'],
    [2500, 'USD', 'pa-Arab', '\u2066US$\u00a0۲۵٫۰۰\u2069'],
  ])('formats %i %s in %s as %j', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  /** Every locale this runtime's Intl has, from every two- and three-letter language subtag. */
  const locales = Intl.NumberFormat.supportedLocalesOf(
    [...'abcdefghijklmnopqrstuvwxyz'].flatMap((a) =>
      [...'abcdefghijklmnopqrstuvwxyz'].flatMap((b) => [
        a + b,
        ...[...'abcdefghijklmnopqrstuvwxyz'].map((c) => a + b + c),
      ]),
    ),
  );

  it('isolates an amount exactly in the locales Intl says are written right to left', () => {
    expect(locales.length).toBeGreaterThan(100);
    const isolated = locales.filter((locale) => formatMoney(-670, 'USD', locale).startsWith('\u2066'));
    const rightToLeft = locales.filter(
      (locale) =>
        (new Intl.Locale(locale) as { textInfo?: { direction: string } }).textInfo?.direction === 'rtl',
    );
    expect(rightToLeft).toContain('ar');
    expect(rightToLeft).toContain('he');
    expect(isolated).toEqual(rightToLeft);
  });

  it('writes every amount in every locale with a minus sign exactly when negative and no direction mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(...locales),
        fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'),
        (amount, locale, currency) => {
          const text = formatMoney(amount, currency, locale);
          const inside = text.replace(/^\u2066(.*)\u2069$/su, '$1');
          expect(inside).not.toMatch(/[\u061c\u200e\u200f\u2066-\u2069-]/);
          expect(inside.includes('\u2212')).toBe(amount < 0);
          // Where CLDR puts the sign is the locale's (after the symbol in Dutch, after the number
          // in Frisian, with a space of its own in Luyia); taking it away leaves the amount as it is
          // written when positive.
          const unspaced = (written: string) => written.replace(/\s/g, '');
          expect(unspaced(text.replace(/\u2212\u2060?/, ''))).toBe(
            unspaced(formatMoney(Math.abs(amount), currency, locale)),
          );
        },
      ),
    );
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(6.5, 'USD', 'en-US')).toThrow(RangeError);
  });

  it('refuses a currency ISO 4217 does not have, naming it', () => {
    expect(() => formatMoney(600, 'ABC', 'en-US')).toThrow(
      new RangeError('Unknown currency "ABC": not an ISO 4217 code'),
    );
  });
});

describe('minorDigits', () => {
  it('knows the minor digits of zero- and three-decimal currencies', () => {
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD')]).toEqual([2, 0, 3]);
  });

  // Node's Intl (ICU's display digits) says 0 for each of these.
  it.each([
    'AFN',
    'ALL',
    'COP',
    'HUF',
    'IDR',
    'IRR',
    'KPW',
    'LAK',
    'LBP',
    'MGA',
    'MMK',
    'PKR',
    'SOS',
    'SYP',
    'YER',
  ])('%s has two decimals, as ISO 4217 says, not the none Intl displays', (currency) => {
    expect(minorDigits(currency)).toBe(2);
  });

  it('IQD has three decimals, as ISO 4217 says, not the none Intl displays', () => {
    expect(minorDigits('IQD')).toBe(3);
  });

  it('agrees with the ISO 4217 table on every currency', () => {
    expect(iso4217.length).toBeGreaterThan(170);
    for (const record of iso4217)
      expect([record.code, minorDigits(record.code)]).toEqual([record.code, record.digits]);
  });

  it('refuses, with a RangeError naming it, exactly the three-letter codes the table lacks', () => {
    const known = new Set(iso4217.map((record) => record.code));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const wrong: string[] = [];
    for (const a of letters)
      for (const b of letters)
        for (const c of letters) {
          const code = a + b + c;
          let refused = false;
          try {
            minorDigits(code);
          } catch (error) {
            refused = error instanceof RangeError && error.message.includes(`"${code}"`);
          }
          if (refused === known.has(code)) wrong.push(code);
        }
    expect(wrong).toEqual([]);
  });

  it.each(['usd', 'US', 'USDX', '', ' USD'])('refuses the malformed code %j', (code) => {
    expect(() => minorDigits(code)).toThrow(RangeError);
  });
});

describe('toMajorUnits', () => {
  it.each([
    [600, 'USD', 6],
    [600, 'JPY', 600],
    [1500, 'KWD', 1.5],
    [1, 'KWD', 0.001],
    [12345, 'HUF', 123.45],
    [12345, 'IDR', 123.45],
    [1500, 'IQD', 1.5],
  ])('converts %i %s to %d', (amount, currency, expected) => {
    expect(toMajorUnits(amount, currency)).toBe(expected);
  });

  it('refuses amounts that are not whole minor units, and unknown currencies', () => {
    expect(() => toMajorUnits(0.5, 'USD')).toThrow(RangeError);
    expect(() => toMajorUnits(100, 'XYZ')).toThrow(RangeError);
  });
});
