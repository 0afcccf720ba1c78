import { data as iso4217 } from 'currency-codes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { moneyScale } from './money-scale.js';

const withDigits = (digits: (d: number) => boolean) =>
  iso4217.filter((record) => digits(record.digits)).map((record) => record.code);
const amount = fc.integer({ min: -1e12, max: 1e12 });

describe('moneyScale', () => {
  it('writes ¥1,000 as 100000 upstream, $10.00 as 1000, and 1.000 KWD as 100', () => {
    expect(moneyScale('JPY').toUpstream(1000)).toBe(100_000);
    expect(moneyScale('USD').toUpstream(1000)).toBe(1000);
    expect(moneyScale('KWD').toUpstream(1000)).toBe(100);
    expect(moneyScale('KWD').minorDigits).toBe(3);
  });

  it('takes its digits from ISO 4217, not from Intl (HUF has hundredths, IQD thousandths)', () => {
    expect(moneyScale('HUF').toUpstream(12_345)).toBe(12_345);
    expect(moneyScale('IQD').toUpstream(12_345)).toBe(1234);
  });

  it('never changes a 0- or 2-decimal amount sent upstream and back', () => {
    const currencies = withDigits((digits) => digits === 0 || digits === 2);
    expect(currencies).toEqual(expect.arrayContaining(['JPY', 'KRW', 'USD', 'EUR', 'HUF']));
    fc.assert(
      fc.property(fc.constantFrom(...currencies), amount, (currency, value) => {
        const scale = moneyScale(currency);
        expect(scale.fromUpstream(scale.toUpstream(value))).toBe(value);
      }),
    );
  });

  it('drops only the digits Voucherify cannot hold, toward zero, for 3- and 4-decimal currencies', () => {
    const currencies = withDigits((digits) => digits > 2);
    expect(currencies).toEqual(expect.arrayContaining(['KWD', 'BHD', 'IQD', 'CLF']));
    fc.assert(
      fc.property(fc.constantFrom(...currencies), amount, amount, (currency, value, other) => {
        const scale = moneyScale(currency);
        const back = scale.fromUpstream(scale.toUpstream(value));
        expect(Math.abs(back)).toBeLessThanOrEqual(Math.abs(value));
        expect(Math.abs(value - back)).toBeLessThan(10 ** (scale.minorDigits - 2));
        expect(back * value).toBeGreaterThanOrEqual(0);
        if (value <= other) expect(scale.toUpstream(value)).toBeLessThanOrEqual(scale.toUpstream(other));
      }),
    );
  });

  it('never reports more than Voucherify booked, and never less than is missing, for 0-decimal currencies', () => {
    fc.assert(
      fc.property(fc.constantFrom(...withDigits((digits) => digits === 0)), amount, (currency, upstream) => {
        const scale = moneyScale(currency);
        const booked = scale.fromUpstream(upstream);
        expect(Math.abs(booked * 100)).toBeLessThanOrEqual(Math.abs(upstream));
        expect(Math.abs(upstream) - Math.abs(booked * 100)).toBeLessThan(100);
        expect(Math.abs(scale.missingFromUpstream(upstream) * 100)).toBeGreaterThanOrEqual(
          Math.abs(upstream),
        );
        expect(Object.is(booked, -0)).toBe(false);
      }),
    );
  });

  it('refuses a missing currency with a TypeError and an unknown one with a RangeError naming it', () => {
    expect(() => moneyScale(undefined)).toThrow(TypeError);
    expect(() => moneyScale('EUE')).toThrow(new RangeError('Unknown currency "EUE": not an ISO 4217 code'));
    expect(() => moneyScale('eur')).toThrow(RangeError);
  });
});
