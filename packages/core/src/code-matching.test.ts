import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { caseSensitiveCodes } from './code-matching.js';

const { key, same } = caseSensitiveCodes;

describe('caseSensitiveCodes', () => {
  it('takes codes in different case for different codes', () => {
    expect(same('Sp7x-kQ2m', 'SP7X-KQ2M')).toBe(false);
    expect(same('FUßBALL5', 'FUSSBALL5')).toBe(false);
    expect(same('CAFÉ', 'café')).toBe(false);
  });

  it('matches a code however its accents are encoded and whatever spaces surround it', () => {
    expect(same(' Sp7x-kQ2m ', 'Sp7x-kQ2m')).toBe(true);
    expect(same('CAFE\u0301', 'CAF\u00c9')).toBe(true);
  });

  it('keys a code by its normalised spelling, idempotently', () => {
    expect(key(' CAFE\u0301 ')).toBe('CAF\u00c9');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(key(key(value))).toBe(key(value));
      }),
    );
  });

  it('is an equivalence: reflexive, symmetric and transitive', () => {
    const letter = fc.constantFrom('a', 'A', 'é', 'e\u0301', ' ', '\u0301', 'ß');
    const code = fc.array(letter, { maxLength: 5 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        expect(same(a, a)).toBe(true);
        expect(same(a, b)).toBe(same(b, a));
        if (same(a, b) && same(b, c)) expect(same(a, c)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
