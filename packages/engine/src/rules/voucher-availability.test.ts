import { describe, expect, it } from 'vitest';

import type { RedeemableDefinition, RedeemableState, Validity } from '../model/redeemable-definition.js';
import { unavailableReason } from './voucher-availability.js';

const always: Validity = {
  active: true,
  startDate: undefined,
  expirationDate: undefined,
  daysOfWeek: undefined,
  hours: undefined,
  timeZone: 'UTC',
  timeframe: undefined,
};
const HOUR = 3_600_000;

function redeemable(
  validity: Partial<Validity>,
  extra: Partial<RedeemableDefinition> = {},
): RedeemableDefinition {
  return {
    object: 'voucher',
    id: 'v_x',
    code: 'X',
    campaign: {
      id: 'camp_x',
      name: 'X',
      type: 'DISCOUNT_COUPONS',
      earning: undefined,
      referrerPoints: undefined,
      conversion: undefined,
    },
    name: undefined,
    banner: undefined,
    discount: { type: 'AMOUNT', amount_off: 100, effect: 'APPLY_TO_ORDER' },
    giftAmount: undefined,
    holder: undefined,
    validity: { ...always, ...validity },
    quantity: undefined,
    rules: [],
    categories: [],
    metadata: {},
    createdAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const fresh: RedeemableState = {
  redeemedQuantity: 0,
  giftBalance: undefined,
  loyaltyPoints: undefined,
  loyaltyBalance: undefined,
  locked: { uses: 0, credits: 0, points: 0 },
};

// 2026-03-18 is a Wednesday (day 3).
const WEDNESDAY_NOON = new Date('2026-03-18T12:00:00Z');

describe('unavailableReason', () => {
  it.each<[string, Partial<Validity>, string | undefined]>([
    ['always valid', {}, undefined],
    ['disabled', { active: false }, 'voucher_disabled'],
    ['before its start', { startDate: '2026-03-18T12:00:01Z' }, 'voucher_not_active'],
    ['from its start on', { startDate: '2026-03-18T12:00:00Z' }, undefined],
    ['at its expiration instant', { expirationDate: '2026-03-18T12:00:00Z' }, 'voucher_expired'],
    ['just before expiring', { expirationDate: '2026-03-18T12:00:01Z' }, undefined],
    ['on one of its days', { daysOfWeek: [1, 3, 5] }, undefined],
    ['on another day', { daysOfWeek: [0, 6] }, 'voucher_not_active_now'],
    [
      'inside its daily window (2 h from 11:00)',
      { startDate: '2026-01-01T11:00:00Z', timeframe: { intervalMs: 24 * HOUR, durationMs: 2 * HOUR } },
      undefined,
    ],
    [
      'outside its daily window (1 h from 11:00)',
      { startDate: '2026-01-01T11:00:00Z', timeframe: { intervalMs: 24 * HOUR, durationMs: HOUR } },
      'voucher_not_active_now',
    ],
  ])('%s', (_, validity, reason) => {
    expect(unavailableReason(redeemable(validity), fresh, WEDNESDAY_NOON)).toBe(reason);
  });

  it.each<[string, Partial<Validity>, string]>([
    ['disabled', { active: false }, 'promotion_inactive'],
    ['not started', { startDate: '2027-01-01T00:00:00Z' }, 'promotion_inactive'],
    ['ended', { expirationDate: '2026-01-01T00:00:00Z' }, 'promotion_inactive'],
    ['off today', { daysOfWeek: [0] }, 'promotion_not_active_now'],
  ])('a promotion tier %s: %s', (_, validity, reason) => {
    const tier = redeemable(validity, { object: 'promotion_tier', id: 'promo_x', code: undefined });
    expect(unavailableReason(tier, fresh, WEDNESDAY_NOON)).toBe(reason);
  });

  it.each<[string, number, number, string | undefined]>([
    ['uses left', 1, 0, undefined],
    ['every use taken', 2, 0, 'quantity_exceeded'],
    ['the last use held by another session', 1, 1, 'quantity_exceeded'],
  ])('quantity 2, %s', (_, redeemed, lockedUses, reason) => {
    const state = { ...fresh, redeemedQuantity: redeemed, locked: { ...fresh.locked, uses: lockedUses } };
    expect(unavailableReason(redeemable({}, { quantity: 2 }), state, WEDNESDAY_NOON)).toBe(reason);
  });
});
