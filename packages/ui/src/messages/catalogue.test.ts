import { describe, expect, it } from 'vitest';

import { interpolate } from './catalogue.js';

describe('interpolate', () => {
  it('fills placeholders, keeps one without a value and writes an empty value as empty', () => {
    expect(interpolate('{code} · −{amount} {missing}', { code: 'SAVE5', amount: '$5.00' })).toBe(
      'SAVE5 · −$5.00 {missing}',
    );
    expect(interpolate('[{code}]', { code: '' })).toBe('[]');
    expect(interpolate('{code} applied')).toBe('{code} applied');
  });

  it('writes numbers with formatNumber, and as String does without one', () => {
    const german = new Intl.NumberFormat('de-DE');
    expect(interpolate('{count} Punkte, {code}', { count: 1250, code: 'P1' }, (n) => german.format(n))).toBe(
      '1.250 Punkte, P1',
    );
    expect(interpolate('{count} points', { count: 1250 })).toBe('1250 points');
    expect(interpolate('{count} points', { count: 0 })).toBe('0 points');
  });
});
