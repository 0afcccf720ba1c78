import { REJECTION_REASONS, type Rejection, formatMoney } from '@promokit/core';
import { describe, expect, it } from 'vitest';

import { interpolate } from './catalogue.js';
import { en } from './en.js';
import { rejectionMessage } from './rejection-message.js';
import type { Messages } from './use-messages.js';

const messages: Messages = {
  t: (key, values) => interpolate(en[key], values),
  money: (amount) => formatMoney(amount, 'USD', 'en-US'),
};

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
  it.each(REJECTION_REASONS)('has complete English copy for %s', (reason) => {
    const text = rejectionMessage(sample(reason), messages);
    expect(text).not.toMatch(/[{}]/);
    expect(text.length).toBeGreaterThan(10);
  });

  it('puts the missing amount in the copy', () => {
    expect(rejectionMessage(sample('cart_below_minimum'), messages)).toBe('Add $8.00 more to use WELCOME10');
  });
});
