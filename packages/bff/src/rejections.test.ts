import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REJECTION_REASONS, validateResponseSchema } from '@promokit/core';
import { REJECTION_ERROR_KEYS, parseSeed } from '@promokit/engine';
import { skippedRedeemableKeySchema } from '@promokit/voucherify';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';

import { jsonCatalog } from './catalog.js';
import { createBff } from './create-bff.js';
import { embeddedUpstream } from './embedded-upstream.js';
import { ERROR_KEY_REASONS, SKIPPED_KEY_REASONS, toRejection } from './rejections.js';
import { demoBff } from './testing.js';

const closers: (() => void)[] = [];
afterAll(() => closers.forEach((close) => close()));

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

  const skippedBy = (key: (typeof skippedRedeemableKeySchema.options)[number]) =>
    ({ status: 'SKIPPED', id: 'CODE', object: 'voucher', result: { details: { key } } }) as const;

  it('says the order has as many discounts as may apply together, with the limit the project sets', () => {
    const rules = { applicable_redeemables_limit: 5, applicable_redeemables_per_category_limit: 2 };
    expect(toRejection(skippedBy('applicable_redeemables_limit_exceeded'), ['SUMMER10'], rules)).toEqual({
      reason: 'too_many_codes',
      code: 'CODE',
      limit: 5,
    });
    // The overall limit is not what a category's limit skipped the code by: no number is given.
    expect(
      toRejection(skippedBy('applicable_redeemables_per_category_limit_exceeded'), ['SUMMER10'], rules),
    ).toEqual({ reason: 'too_many_codes', code: 'CODE' });
    // Without the stacking rules the limit is unknown, and left out.
    expect(toRejection(skippedBy('applicable_redeemables_limit_exceeded'), ['SUMMER10'])).toEqual({
      reason: 'too_many_codes',
      code: 'CODE',
    });
  });
});

describe('stacking limits, through POST /validate', () => {
  it('tells a code that combines with every other, on an order at the demo project’s limit, by the limit', async () => {
    const bff = demoBff();
    closers.push(() => bff.close());
    // Mug, tote and cap make the trail kit bundle, an automatic promotion; with four codes that is
    // five discounts, the engine's (and Voucherify's) default applicable_redeemables_limit.
    // Free shipping is in an always-combinable category, which the limit does not count.
    const cart = {
      lines: ['mug', 'tote', 'cap', 'coffee-club'].map((productId) => ({ productId, quantity: 1 })),
    };
    const codes = ['WELCOME10', 'SAVE5', 'BAGS15', 'FREEMONTH', 'BIG25'];
    const validate = async (some: string[]) => {
      const response = await bff.app.request('/validate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cart, codes: some }),
      });
      return validateResponseSchema.parse(await response.json());
    };
    // As a shopper builds the stack: the cart alone, then one code more each time.
    for (let count = 0; count < codes.length; count++) {
      expect((await validate(codes.slice(0, count))).rejected).toEqual([]);
    }
    const answer = await validate(codes);
    expect(answer.applied.map((item) => item.code).sort()).toEqual(codes.slice(0, 4).sort());
    expect(answer.promotions.map((promotion) => promotion.id)).toContain('promo_Tr41lK1t79');
    expect(answer.rejected).toEqual([{ reason: 'too_many_codes', code: 'BIG25', limit: 5 }]);
  });

  it('tells a code over its category’s limit without a number that would be the order’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-limits-'));
    const seed = parseSeed({
      version: 1,
      categories: [{ id: 'cat_Season', name: 'Seasonal' }],
      stacking_rules: { applicable_redeemables_limit: 3, applicable_redeemables_per_category_limit: 1 },
      campaigns: ['SPRING', 'SUMMER', 'PLAIN', 'EXTRA'].map((code) => ({
        id: `camp_${code}`,
        name: code,
        type: 'DISCOUNT_COUPONS' as const,
        ...(code === 'SPRING' || code === 'SUMMER' ? { categories: ['cat_Season'] } : {}),
        vouchers: [{ id: `v_${code}`, code, discount: { type: 'AMOUNT' as const, amount_off: 100 } }],
      })),
    });
    const upstream = embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed });
    closers.push(() => {
      upstream.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const app = createBff({
      upstream,
      catalog: jsonCatalog('USD', [{ id: 'mug', name: 'Mug', price: 2500 }]),
      currency: 'USD',
      logger: pino({ level: 'silent' }),
    });
    const validate = async (codes: string[]) => {
      const response = await app.request('/validate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 1 }] }, codes }),
      });
      return validateResponseSchema.parse(await response.json()).rejected;
    };
    expect(await validate(['SPRING', 'SUMMER', 'PLAIN'])).toEqual([
      { reason: 'too_many_codes', code: 'SUMMER' },
    ]);
    expect(await validate(['SPRING', 'PLAIN', 'EXTRA', 'SUMMER'])).toEqual([
      { reason: 'too_many_codes', code: 'SUMMER', limit: 3 },
    ]);
  });
});
