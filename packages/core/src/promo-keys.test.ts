import { describe, expect, it } from 'vitest';

import { cartKey, codeKey, promoKeys } from './promo-keys.js';

describe('promoKeys', () => {
  it('nests every key under `all`, so one invalidation refreshes everything', () => {
    const keys = [
      promoKeys.qualification('cart', { lines: [] }),
      promoKeys.validation({ lines: [] }, []),
      promoKeys.wallet(),
      promoKeys.redeem(),
      promoKeys.rollback(),
    ];
    for (const key of keys) expect(key.slice(0, 1)).toEqual([...promoKeys.all]);
    expect(promoKeys.qualification('cart', { lines: [] }).slice(0, 2)).toEqual([
      ...promoKeys.qualifications(),
    ]);
    expect(promoKeys.validation({ lines: [] }, []).slice(0, 2)).toEqual([...promoKeys.validations()]);
  });

  it('keys a cart by what decides its price, whatever the line order', () => {
    const a = {
      lines: [
        { productId: 'mug', quantity: 1 },
        { productId: 'cap', quantity: 2 },
      ],
    };
    const b = {
      lines: [
        { productId: 'cap', quantity: 2 },
        { productId: 'mug', quantity: 1 },
      ],
    };
    expect(cartKey(a)).toBe(cartKey(b));
    expect(cartKey(a)).not.toBe(cartKey({ lines: [{ productId: 'cap', quantity: 3 }] }));
    expect(promoKeys.qualification('listing', a, ['tote', 'cap'])).toEqual(
      promoKeys.qualification('listing', b, ['cap', 'tote']),
    );
  });

  it('keeps the order of codes, which decides how they stack', () => {
    const cart = { lines: [] };
    expect(promoKeys.validation(cart, ['A', 'B'])).not.toEqual(promoKeys.validation(cart, ['B', 'A']));
  });

  it('keys a code entry with the amount or points to use', () => {
    expect(codeKey('GIFT')).toBe('GIFT');
    expect(codeKey({ code: 'GIFT', amount: 500 })).toBe('GIFT:500:');
    expect(codeKey({ code: 'LOYAL', points: 20 })).toBe('LOYAL::20');
  });
});
