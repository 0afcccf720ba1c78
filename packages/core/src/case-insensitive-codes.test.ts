import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { caseInsensitiveCodes } from './case-insensitive-codes.js';
import { caseSensitiveCodes } from './code-matching.js';

const { key, same } = caseInsensitiveCodes;

/** Code points as written in Unicode's data files: `0073 0073`. */
const chars = (hex: string) => String.fromCodePoint(...hex.split(' ').map((cp) => parseInt(cp, 16)));

/**
 * Lines of Unicode 17's `CaseFolding.txt` (code; status; mapping) for the letters codes are known to
 * meet. Full case folding uses statuses C (common) and F (full), never S (simple, replaced by F)
 * nor T (Turkic, only for Turkish and Azeri text).
 */
const CASE_FOLDING = [
  '0041; C; 0061', // LATIN CAPITAL LETTER A
  '00C9; C; 00E9', // LATIN CAPITAL LETTER E WITH ACUTE
  '00DF; F; 0073 0073', // LATIN SMALL LETTER SHARP S
  '1E9E; F; 0073 0073', // LATIN CAPITAL LETTER SHARP S
  '1E9E; S; 00DF', // LATIN CAPITAL LETTER SHARP S
  '0130; F; 0069 0307', // LATIN CAPITAL LETTER I WITH DOT ABOVE
  '0130; T; 0069', // LATIN CAPITAL LETTER I WITH DOT ABOVE
  '0049; T; 0131', // LATIN CAPITAL LETTER I
  '017F; C; 0073', // LATIN SMALL LETTER LONG S
  '03A3; C; 03C3', // GREEK CAPITAL LETTER SIGMA
  '03C2; C; 03C3', // GREEK SMALL LETTER FINAL SIGMA
  '1F88; F; 1F00 03B9', // GREEK CAPITAL LETTER ALPHA WITH PSILI AND PROSGEGRAMMENI
  '0410; C; 0430', // CYRILLIC CAPITAL LETTER A
  'FB00; F; 0066 0066', // LATIN SMALL LIGATURE FF
  'AB70; C; 13A0', // CHEROKEE SMALL LETTER A
  '10400; C; 10428', // DESERET CAPITAL LETTER LONG I
].map((line) => {
  const [code = '', status = '', mapping = ''] = line.split('; ');
  return { code: chars(code), status, mapping: chars(mapping) };
});

describe('caseInsensitiveCodes', () => {
  it.each(CASE_FOLDING.filter((line) => line.status === 'C' || line.status === 'F'))(
    'folds $code to $mapping as CaseFolding.txt says ($status)',
    ({ code, mapping }) => {
      expect(key(code)).toBe(key(mapping));
      expect(key(code)).toBe(mapping.normalize('NFD').normalize('NFC'));
    },
  );

  it('uses full folding, not the simple or Turkic mappings', () => {
    for (const { code, mapping, status } of CASE_FOLDING.filter((line) => 'ST'.includes(line.status))) {
      expect(key(code), `${status} mapping of ${code}`).not.toBe(mapping);
    }
    expect(key('ẞ')).toBe('ss');
    expect(key('I')).toBe('i');
  });

  it.each(['FUSSBALL5', 'fußball5', 'FUẞBALL5', 'fussball5', 'FUßBALL5'])(
    'matches %s with FUßBALL5',
    (typed) => {
      expect(same(typed, 'FUßBALL5')).toBe(true);
    },
  );

  it('matches accented letters however they are encoded and cased', () => {
    const nfd = 'cafe\u0301';
    expect(nfd).not.toBe('café');
    expect(same(nfd, 'CAFÉ')).toBe(true);
    expect(same('CAFE\u0301', 'café')).toBe(true);
    expect(same('Sp7x-kQ2m', ' SP7X-KQ2M ')).toBe(true);
  });

  it('keeps letters that differ by more than case apart', () => {
    expect(same('FUSBALL5', 'FUßBALL5')).toBe(false);
    expect(same('CAFE', 'CAFÉ')).toBe(false);
    expect(same('Sp7x-kQ2m', 'Sp7x-kQ2n')).toBe(false);
  });

  it('agrees with the JavaScript engine’s Unicode case-insensitive matching on every letter it folds', () => {
    // `/u` with `i` compares by CaseFolding.txt's simple mappings (ECMA-262, Canonicalize), so it
    // must agree wherever a letter and its case pair are each one code point without a canonical
    // decomposition (the regular expression does not normalise; accented letters are covered above).
    const single = (value: string) => [...value].length === 1 && value.normalize('NFD') === value;
    const disagreements: string[] = [];
    let compared = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const letter = String.fromCodePoint(cp);
      if (!single(letter)) continue;
      for (const other of [letter.toLowerCase(), letter.toUpperCase(), key(letter)]) {
        if (other === letter || !single(other)) continue;
        compared += 1;
        const pattern = new RegExp(`^${other.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`, 'iu');
        if (pattern.test(letter) !== same(letter, other)) disagreements.push(cp.toString(16));
      }
    }
    expect(compared).toBeGreaterThan(3000);
    expect(disagreements).toEqual([]);
  });

  it('is idempotent: a key is its own key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const once = key(value);
        expect(key(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  // Letters whose case variants, accents and foldings collide, so that random codes over them meet.
  const letter = fc.constantFrom(
    ...['s', 'S', 'ß', 'ẞ', 'ſ', 'e', 'E', 'é', 'É', 'e\u0301', 'E\u0301', '\u0301', 'i', 'I', 'İ', 'ı'],
    ...['σ', 'Σ', 'ς', '\u0345', 'ι', 'Ι', 'ᾈ', 'ἀ', 'k', 'K', '\u212a', 'å', 'Å', '\u212b', 'ﬀ', 'f'],
  );
  const code = fc.array(letter, { maxLength: 6 }).map((letters) => letters.join(''));

  it('is an equivalence: reflexive, symmetric and transitive', () => {
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        expect(same(a, a)).toBe(true);
        expect(same(a, b)).toBe(same(b, a));
        if (same(a, b) && same(b, c)) expect(same(a, c)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('ignores case only: upper- and lower-casing a code, or re-encoding it, keeps it the same code', () => {
    // Left out: the Turkic dotted and dotless i, whose default case mappings are not their case
    // foldings, and lone combining marks, which upper-casing a Greek letter with a subscript iota
    // (ᾈ → ἈΙ) moves onto the new capital iota.
    const plain = code.filter((value) => !/İ|ı|\u0301|\u0345/u.test(value));
    fc.assert(
      fc.property(plain, (value) => {
        expect(same(value, value.toUpperCase())).toBe(true);
        expect(same(value, value.toLowerCase())).toBe(true);
        expect(same(value, value.normalize('NFD'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('joins only codes a case-sensitive project already takes for one', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        if (caseSensitiveCodes.same(a, b)) expect(same(a, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
