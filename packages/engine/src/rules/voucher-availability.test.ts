import { describe, expect, it } from 'vitest';

import type { VoucherRecord } from '../voucher-record.js';
import { unavailableReason } from './voucher-availability.js';

const voucher: VoucherRecord = {
  id: 'v_a',
  code: 'A',
  campaignId: 'camp_a',
  campaignName: 'A',
  discount: { type: 'AMOUNT', amount_off: 100, effect: 'APPLY_TO_ORDER' },
  active: true,
  startDate: '2026-01-01T00:00:00Z',
  expirationDate: '2026-02-01T00:00:00Z',
  quantity: undefined,
  redeemedQuantity: 0,
  metadata: {},
  rules: [],
};
const mid = new Date('2026-01-15T00:00:00Z');

describe('unavailableReason', () => {
  it.each([
    ['usable', voucher, mid, 0, undefined],
    [
      'no dates at all',
      { ...voucher, startDate: undefined, expirationDate: undefined },
      new Date(0),
      0,
      undefined,
    ],
    ['disabled', { ...voucher, active: false }, mid, 0, 'voucher_disabled'],
    [
      'disabled wins over expired',
      { ...voucher, active: false },
      new Date('2027-01-01T00:00:00Z'),
      0,
      'voucher_disabled',
    ],
    ['before start', voucher, new Date('2025-12-31T23:59:59Z'), 0, 'voucher_not_active'],
    ['at start', voucher, new Date('2026-01-01T00:00:00Z'), 0, undefined],
    ['at expiration', voucher, new Date('2026-02-01T00:00:00Z'), 0, 'voucher_expired'],
    ['used up', { ...voucher, quantity: 2, redeemedQuantity: 2 }, mid, 0, 'quantity_exceeded'],
    [
      'last use held by another session',
      { ...voucher, quantity: 2, redeemedQuantity: 1 },
      mid,
      1,
      'quantity_exceeded',
    ],
    ['one use left', { ...voucher, quantity: 2, redeemedQuantity: 1 }, mid, 0, undefined],
  ])('%s', (_, record, now, lockedElsewhere, expected) => {
    expect(unavailableReason(record, now, lockedElsewhere)).toBe(expected);
  });
});
