import { describe, expect, it } from 'vitest';

import { totalsSchema } from './totals.js';

// 60.00 of goods, 6.95 shipping taken off in full, 6.00 off the goods, a gift card paying 20.00.
const totals = {
  currency: 'USD',
  subtotal: 6000,
  shipping: 695,
  discount: 1295,
  shippingDiscount: 695,
  total: 5400,
  paid: [{ code: 'GIFT-5000-DEMO', kind: 'gift_card' as const, amount: 2000 }],
  due: 3400,
};

describe('totalsSchema', () => {
  it('takes totals whose amounts add up', () => {
    expect(totalsSchema.parse(totals)).toEqual(totals);
  });

  it.each([
    ['a total that is not subtotal + shipping − discount', { total: 5401 }, 'total'],
    ['a due that is not total − what the cards paid', { due: 5400 }, 'due'],
    [
      'a shipping discount above shipping',
      { shippingDiscount: 700, discount: 1300, total: 5395, due: 3395 },
      'shippingDiscount',
    ],
    [
      'a discount on goods above the goods',
      { discount: 6800, shippingDiscount: 0, total: -105, due: -2105 },
      'discount',
    ],
  ])('refuses %s, naming the field', (_, change, path) => {
    const result = totalsSchema.safeParse({ ...totals, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
