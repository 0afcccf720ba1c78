import { describe, expect, it } from 'vitest';

import { REDEEM_STATUSES, redeemResponseSchema } from './redemption.js';

const totals = {
  currency: 'USD',
  subtotal: 12900,
  shipping: 0,
  discount: 500,
  shippingDiscount: 0,
  total: 12400,
  paid: [],
  due: 12400,
};

describe('redeemResponseSchema', () => {
  it('has three outcomes: two settled, and one the BFF cannot tell', () => {
    expect(REDEEM_STATUSES).toEqual(['redeemed', 'rejected', 'unknown']);
  });

  it('reads an unknown outcome as the totals shown and when to ask again, nothing booked named', () => {
    const unknown = { status: 'unknown', orderId: 'o-1', totals, retryAfter: 1 };
    expect(redeemResponseSchema.parse(unknown)).toEqual(unknown);
    // Nothing was confirmed, so an unknown outcome names no applied code, and says when to retry.
    expect(redeemResponseSchema.parse({ ...unknown, applied: [] })).not.toHaveProperty('applied');
    expect(redeemResponseSchema.safeParse({ ...unknown, retryAfter: 0 }).success).toBe(false);
    expect(redeemResponseSchema.safeParse({ ...unknown, retryAfter: undefined }).success).toBe(false);
    expect(redeemResponseSchema.safeParse({ ...unknown, totals: { ...totals, due: 1 } }).success).toBe(false);
  });
});
