import { minorDigits } from '@promokit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseAmount } from './parse-amount.js';

const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'es-ES', 'en-IN', 'ja-JP', 'ar-EG', 'hi-IN-u-nu-deva'];
// Two, zero and three minor digits, and HUF, whose two ISO digits Intl does not display.
const currencies = ['USD', 'EUR', 'JPY', 'KWD', 'HUF'];

describe('parseAmount', () => {
  it.each([
    ['en-US', '1,234.56', 'USD', 123456],
    ['en-US', '1234.56', 'USD', 123456],
    ['en-US', ' $12.50 ', 'USD', 1250],
    ['en-US', '12.5', 'USD', 1250],
    ['en-US', '0.29', 'USD', 29],
    ['en-US', '12.500', 'USD', 1250],
    ['de-DE', '1.234,56', 'EUR', 123456],
    ['de-DE', '12,5', 'EUR', 1250],
    ['de-DE', '12,50 €', 'EUR', 1250],
    ['fr-FR', '1 234,56', 'EUR', 123456],
    ['en-IN', '1,23,456.78', 'INR', 12345678],
    ['ar-EG', '١٢٫٥', 'EGP', 1250],
    ['ja-JP', '1,250', 'JPY', 1250],
    ['en-US', '1.250', 'KWD', 1250],
  ])('reads %s %j of %s as %i minor units', (locale, text, currency, amount) => {
    expect(parseAmount(text, locale, currency)).toEqual({ amount });
  });

  it.each([
    ['en-US', 'abc'],
    ['en-US', ''],
    ['en-US', '12abc'],
    ['en-US', '1e3'],
    ['en-US', '0x10'],
    ['en-US', 'Infinity'],
    // Grouped unlike the locale groups digits: a decimal comma or point typed in another habit.
    ['en-US', '12,50'],
    ['en-US', '1,2,3'],
    ['de-DE', '12.50'],
  ])('refuses %s %j as no number', (locale, text) => {
    expect(parseAmount(text, locale, 'USD')).toEqual({ error: 'not_a_number' });
  });

  it.each([
    ['en-US', '12.345', 'USD'],
    // A German amount typed on an English page reads as 1.23456 dollars: too fine, never 1.23.
    ['en-US', '1.234,56', 'USD'],
    ['de-DE', '12,345', 'EUR'],
    ['ja-JP', '12.5', 'JPY'],
    ['en-US', '1.2345', 'KWD'],
  ])('refuses %s %j of %s as finer than its minor unit', (locale, text, currency) => {
    expect(parseAmount(text, locale, currency)).toEqual({ error: 'too_many_decimals' });
  });

  it('reads back every amount as the locale writes it, as money or as a number, grouped or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.constantFrom('currency', 'decimal'),
        fc.boolean(),
        (locale, currency, amount, style, useGrouping) => {
          const digits = minorDigits(currency);
          const text = new Intl.NumberFormat(locale, {
            style,
            currency,
            useGrouping,
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(amount / 10 ** digits);
          expect(parseAmount(text, locale, currency)).toEqual({ amount });
        },
      ),
    );
  });

  it('refuses every amount with a digit beyond the minor unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 9 }),
        (locale, currency, amount, extra) => {
          const digits = minorDigits(currency) + 1;
          const text = new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format((amount * 10 + extra) / 10 ** digits);
          expect(parseAmount(text, locale, currency)).toEqual({ error: 'too_many_decimals' });
        },
      ),
    );
  });
});
