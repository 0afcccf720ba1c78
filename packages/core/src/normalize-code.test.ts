import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { normalizeCode } from './normalize-code.js';

describe('normalizeCode', () => {
  it('keeps every letter as typed, in its case', () => {
    expect(normalizeCode('Sp7x-kQ2m')).toBe('Sp7x-kQ2m');
    expect(normalizeCode('FUßBALL5')).toBe('FUßBALL5');
    expect(normalizeCode('fußball5')).toBe('fußball5');
  });

  it('drops surrounding white space only', () => {
    expect(normalizeCode(' \tSUMMER 10\n')).toBe('SUMMER 10');
  });

  it('composes accents typed as combining marks (NFC)', () => {
    expect(normalizeCode('CAFE\u0301')).toBe('CAF\u00c9');
    expect(normalizeCode('cafe\u0301')).toBe('caf\u00e9');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const once = normalizeCode(value);
        expect(normalizeCode(once)).toBe(once);
      }),
    );
  });

  it('changes nothing the shopper can see: the result is canonically equivalent to the trimmed input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(normalizeCode(value).normalize('NFD')).toBe(value.trim().normalize('NFD'));
      }),
    );
  });
});
