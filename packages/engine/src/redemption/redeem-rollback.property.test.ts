import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import type { ValidationsValidateRequestBody } from '@promokit/voucherify';

import { openEngine, type Engine } from '../engine.js';
import { EngineRequestError } from '../engine-request-error.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((handle) => handle.close()));

type Member = ValidationsValidateRequestBody['redeemables'][number];

/** The demo's codes and tiers a loyalty member can stack, gift credits and points drawn at random. */
const member: fc.Arbitrary<Member> = fc.oneof(
  fc.constantFrom<Member>(
    { object: 'voucher', id: 'SAVE5' },
    { object: 'voucher', id: 'BIG25' },
    { object: 'voucher', id: 'ONCE10' },
    { object: 'voucher', id: 'VIP20' },
    { object: 'voucher', id: 'CLEARANCE30' },
    { object: 'promotion_tier', id: 'promo_Sp3nd100' },
    { object: 'promotion_tier', id: 'promo_Fr33Sh1p75' },
  ),
  fc
    .option(fc.integer({ min: 1, max: 6000 }), { nil: undefined })
    .map((credits): Member => ({ object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits } })),
  fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }).map((points): Member => ({
    object: 'voucher',
    id: 'LOYALTY-SAM',
    reward: { id: 'rew_P4yW1thP01nt5', points },
  })),
);

const stack = fc.uniqueArray(member, { minLength: 1, maxLength: 5, selector: (m) => m.id });
const cart = fc.array(
  fc.record({
    product_id: fc.constantFrom('mug', 'tote', 'cap', 'rain-shell'),
    price: fc.constantFrom(2500, 3500, 3000, 12900),
    quantity: fc.integer({ min: 1, max: 4 }),
  }),
  { minLength: 1, maxLength: 5 },
);

describe('redeem, then roll back', () => {
  it('restores every use, gift credit, point and order count', () => {
    const file = dir.path('engine.db');
    const engine: Engine = openEngine({ file, seed: demoSeed, now: () => DEMO_NOW });
    opened.push(engine);
    const reader = new Database(file, { readonly: true });
    opened.push(reader);
    const balances = reader.prepare(
      'SELECT id, redeemed_quantity, gift_balance, loyalty_points, loyalty_balance FROM redeemable_states ORDER BY id',
    );
    const orders = reader.prepare('SELECT source_id, orders_count FROM customers ORDER BY id');
    const snapshot = () => ({ balances: balances.all(), orders: orders.all() });
    let redeemed = 0;

    fc.assert(
      fc.property(stack, cart, fc.nat(), (redeemables, items, n) => {
        const before = snapshot();
        let parentId: string | undefined;
        try {
          const response = engine.redeem({
            redeemables,
            customer: { source_id: 'cust-loyal' },
            order: { source_id: `order-${n}-${redeemed}`, items },
          });
          parentId = response.parent_redemption?.id;
        } catch (error) {
          if (!(error instanceof EngineRequestError)) throw error;
        }
        if (parentId !== undefined) {
          redeemed += 1;
          expect(snapshot()).not.toEqual(before);
          engine.rollbackStackable(parentId, {});
        }
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 120 },
    );
    // The property held over real redemptions, not only refusals.
    expect(redeemed).toBeGreaterThan(10);
  });
});
