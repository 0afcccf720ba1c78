import { REJECTION_REASONS, type Rejection } from '@promokit/core';
import { describe, expect, it } from 'vitest';

import { recoveryAction } from '../recovery-action.js';
import { createMessages } from './create-messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { recoveryLabel } from './recovery-label.js';
import { rejectionMessage } from './rejection-message.js';

const english = createMessages(en, 'en-US', 'USD');
const german = createMessages(de, 'de-DE', 'EUR');

const sample = (reason: Rejection['reason']): Rejection => {
  switch (reason) {
    case 'cart_below_minimum':
      return { reason, code: 'WELCOME10', missingAmount: 800 };
    case 'missing_items':
      return { reason, code: 'BUNDLE', items: [{ productId: 'mug', quantity: 2 }] };
    case 'not_combinable':
      return { reason, code: 'SAVE5', conflictsWith: ['SUMMER10'] };
    default:
      return { reason, code: 'CODE' };
  }
};

describe('rejectionMessage', () => {
  it.each(REJECTION_REASONS)('has complete English and German copy for %s', (reason) => {
    for (const messages of [english, german]) {
      const text = rejectionMessage(sample(reason), messages);
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('puts the missing amount in the copy, formatted for the locale', () => {
    expect(rejectionMessage(sample('cart_below_minimum'), english)).toBe('Add $8.00 more to use WELCOME10');
    expect(rejectionMessage(sample('cart_below_minimum'), german).replace(/\u00a0/g, ' ')).toBe(
      'Noch 8,00 € bis zum Mindestbestellwert für WELCOME10',
    );
  });
  it('says how many discounts an order takes when the limit reached is the order’s', () => {
    const over: Rejection = { reason: 'too_many_codes', code: 'BIG25', limit: 5 };
    expect(rejectionMessage(over, english)).toBe('Only 5 discounts can be used per order');
    expect(rejectionMessage(over, german)).toBe('Pro Bestellung sind nur 5 Rabatte möglich');
    const one: Rejection = { reason: 'too_many_codes', code: 'BIG25', limit: 1 };
    expect(rejectionMessage(one, english)).toBe('Only 1 discount can be used per order');
    expect(rejectionMessage(one, german)).toBe('Pro Bestellung ist nur 1 Rabatt möglich');
    // A category's limit: no number, which would read as the order's.
    const kind: Rejection = { reason: 'too_many_codes', code: 'SUMMER' };
    expect(rejectionMessage(kind, english)).toBe('No more discounts like SUMMER can be used on this order');
    expect(rejectionMessage(kind, german)).toBe(
      'Weitere Rabatte wie SUMMER sind für diese Bestellung nicht möglich',
    );
    expect(recoveryAction(over)).toBeNull();
  });

  it('lists several clashing codes the way the locale joins words', () => {
    const rejection: Rejection = {
      reason: 'not_combinable',
      code: 'VIP20',
      conflictsWith: ['SAVE5', 'WELCOME10'],
    };
    expect(rejectionMessage(rejection, english)).toBe("VIP20 can't be combined with SAVE5 and WELCOME10");
    expect(recoveryLabel(recoveryAction(rejection)!, german)).toBe(
      'SAVE5 und WELCOME10 entfernen und diesen verwenden',
    );
  });
  it('names the automatic promotions a code would push out after the codes, and offers to remove only the codes', () => {
    const both: Rejection = {
      reason: 'not_combinable',
      code: 'CLEARANCE30',
      conflictsWith: ['WELCOME10'],
      promotions: ['Mug trio'],
    };
    expect(rejectionMessage(both, english)).toBe("CLEARANCE30 can't be combined with WELCOME10 and Mug trio");
    expect(rejectionMessage(both, german)).toBe(
      'CLEARANCE30 ist nicht mit WELCOME10 und Mug trio kombinierbar',
    );
    expect(recoveryAction(both)).toEqual({ type: 'replace', code: 'CLEARANCE30', conflicts: ['WELCOME10'] });
    expect(recoveryLabel(recoveryAction(both)!, english)).toBe('Remove WELCOME10 and use this');

    const promotionsOnly: Rejection = {
      ...both,
      conflictsWith: [],
      promotions: ['Mug trio', 'Free shipping'],
    };
    expect(rejectionMessage(promotionsOnly, english)).toBe(
      "CLEARANCE30 can't be combined with Mug trio and Free shipping",
    );
    expect(recoveryAction(promotionsOnly)).toBeNull();
  });
});

describe('recovery actions', () => {
  it('offers one where the shopper can act, and labels it', () => {
    const labels = REJECTION_REASONS.flatMap((reason) => {
      const action = recoveryAction(sample(reason));
      return action ? [recoveryLabel(action, english)] : [];
    });
    expect(labels).toEqual([
      'Add $8.00 more',
      'Add the missing items',
      'Remove SUMMER10 and use this',
      'Sign in',
    ]);
  });

  it('offers nothing for a code that cannot work', () => {
    expect(recoveryAction(sample('expired'))).toBeNull();
    expect(recoveryAction({ reason: 'not_combinable', code: 'X', conflictsWith: [] })).toBeNull();
  });
});
