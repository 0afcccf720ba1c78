import type { VoucherRecord } from '../voucher-record.js';

/** Why a known code cannot be used right now, as Voucherify's error keys. */
export type UnavailableReason =
  'voucher_disabled' | 'voucher_not_active' | 'voucher_expired' | 'quantity_exceeded';

/**
 * Checks, in this order: disabled, not started yet, expired (the expiration instant itself is
 * expired), and used up: `redeemed_quantity` plus the uses other sessions hold (`lockedElsewhere`)
 * reaching `quantity`. `undefined` when the code can be used.
 */
export function unavailableReason(
  voucher: VoucherRecord,
  now: Date,
  lockedElsewhere: number,
): UnavailableReason | undefined {
  const time = now.getTime();
  if (!voucher.active) return 'voucher_disabled';
  if (voucher.startDate !== undefined && time < Date.parse(voucher.startDate)) return 'voucher_not_active';
  if (voucher.expirationDate !== undefined && time >= Date.parse(voucher.expirationDate))
    return 'voucher_expired';
  if (voucher.quantity !== undefined && voucher.redeemedQuantity + lockedElsewhere >= voucher.quantity) {
    return 'quantity_exceeded';
  }
  return undefined;
}
