import { describe, expect, it } from 'vitest';

import { formatMoney, minorDigits, toMajorUnits } from './money.js';

describe('formatMoney', () => {
  it.each([
    [600, 'USD', 'en-US', '$6.00'],
    [-600, 'USD', 'en-US', '-$6.00'],
    [123456, 'EUR', 'de-DE', '1.234,56\u00a0€'],
    [600, 'JPY', 'ja-JP', '￥600'],
    [1500, 'KWD', 'en-US', 'KWD\u00a01.500'],
    [1, 'KWD', 'en-US', 'KWD\u00a00.001'],
    [123456, 'JPY', 'en-US', '¥123,456'],
    [-5, 'JPY', 'ja-JP', '-￥5'],
  ])('formats %i %s in %s as %s', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  it('knows the minor digits of zero- and three-decimal currencies', () => {
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD')]).toEqual([2, 0, 3]);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(6.5, 'USD', 'en-US')).toThrow(RangeError);
  });
});

describe('toMajorUnits', () => {
  it.each([
    [600, 'USD', 6],
    [600, 'JPY', 600],
    [1500, 'KWD', 1.5],
    [1, 'KWD', 0.001],
  ])('converts %i %s to %d', (amount, currency, expected) => {
    expect(toMajorUnits(amount, currency)).toBe(expected);
  });
});
