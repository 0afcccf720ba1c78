import { REJECTION_REASONS } from '@promokit/core';
import { REJECTION_ERROR_KEYS } from '@promokit/engine';
import { skippedRedeemableKeySchema } from '@promokit/voucherify';
import { describe, expect, it } from 'vitest';

import { ERROR_KEY_REASONS, SKIPPED_KEY_REASONS, toRejection } from './rejections.js';

const inapplicable = (result: Record<string, unknown>) =>
  ({ status: 'INAPPLICABLE', id: 'CODE', object: 'voucher', result }) as const;

describe('toRejection', () => {
  it.each(Object.entries(ERROR_KEY_REASONS))('maps error key %s to %s', (key, reason) => {
    expect(toRejection(inapplicable({ error: { code: 400, key, message: 'm' } }), [])).toEqual({
      reason,
      code: 'CODE',
    });
  });

  it('maps an unknown error key to cart_not_eligible', () => {
    expect(
      toRejection(inapplicable({ error: { code: 400, key: 'brand_new_key', message: 'm' } }), []),
    ).toEqual({
      reason: 'cart_not_eligible',
      code: 'CODE',
    });
  });

  it('carries the missing amount of an order-amount rule', () => {
    const result = {
      error: { code: 400, key: 'order_rules_violated', message: 'm' },
      promokit: { missing_amount: 800 },
    };
    expect(toRejection(inapplicable(result), [])).toEqual({
      reason: 'cart_below_minimum',
      code: 'CODE',
      missingAmount: 800,
    });
  });

  it('carries the missing bundle items', () => {
    const result = {
      error: { code: 400, key: 'order_rules_violated', message: 'm' },
      bundle: { missing: [{ id: 'prod_a', object: 'product', item_quantity: 2 }] },
    };
    expect(toRejection(inapplicable(result), [])).toEqual({
      reason: 'missing_items',
      code: 'CODE',
      items: [{ productId: 'prod_a', quantity: 2 }],
    });
  });

  it.each(skippedRedeemableKeySchema.options)('maps every SKIPPED key: %s', (key) => {
    const skipped = {
      status: 'SKIPPED',
      id: 'CODE',
      object: 'voucher',
      result: { details: { key } },
    } as const;
    const rejection = toRejection(skipped, ['SUMMER10']);
    expect(rejection.reason).toBe(SKIPPED_KEY_REASONS[key]);
    expect(REJECTION_REASONS).toContain(rejection.reason);
  });

  it('maps each SKIPPED key it knows, and only those', () => {
    expect(Object.keys(SKIPPED_KEY_REASONS).sort()).toEqual([...skippedRedeemableKeySchema.options].sort());
  });

  // Every key the embedded engine puts on a refused code or redemption, as the engine lists them.
  it.each(REJECTION_ERROR_KEYS)('maps the engine error key %s to a reason of its own', (key) => {
    expect(ERROR_KEY_REASONS).toHaveProperty(key);
    expect(REJECTION_REASONS).toContain(ERROR_KEY_REASONS[key]);
  });

  it('names the codes a clashing code conflicts with', () => {
    const skipped = {
      status: 'SKIPPED',
      id: 'CODE',
      object: 'voucher',
      result: { details: { key: 'applicable_exclusive_redeemables_limit_exceeded' } },
    } as const;
    expect(toRejection(skipped, ['SUMMER10'])).toEqual({
      reason: 'not_combinable',
      code: 'CODE',
      conflictsWith: ['SUMMER10'],
    });
  });
});
