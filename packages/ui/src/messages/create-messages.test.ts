import { describe, expect, it } from 'vitest';

import { createMessages } from './create-messages.js';
import { de } from './de.js';
import { en } from './en.js';

describe('createMessages', () => {
  it('picks plural forms through Intl.PluralRules and formats numbers for the locale', () => {
    const english = createMessages(en, 'en-US', 'USD');
    expect(english.t('summary.points', { count: 1 })).toBe('You earned 1 point');
    expect(english.t('summary.points', { count: 1250 })).toBe('You earned 1,250 points');
    const german = createMessages(de, 'de-DE', 'EUR');
    expect(german.t('summary.points', { count: 1 })).toBe('Sie haben 1 Punkt gesammelt');
    expect(german.t('summary.points', { count: 1250 })).toBe('Sie haben 1.250 Punkte gesammelt');
  });

  it('lists items with product names in the language', () => {
    const names: Record<string, string> = { mug: 'Trail Mug', cap: 'Field Cap' };
    const items = [
      { productId: 'mug', quantity: 1 },
      { productId: 'cap', quantity: 2 },
    ];
    expect(createMessages(en, 'en-US', 'USD', (id) => names[id] ?? id).items(items)).toBe(
      '1 × Trail Mug and 2 × Field Cap',
    );
    expect(createMessages(de, 'de-DE', 'EUR', (id) => names[id] ?? id).items(items)).toBe(
      '1 × Trail Mug und 2 × Field Cap',
    );
  });

  it('has the same keys in every catalogue', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});
