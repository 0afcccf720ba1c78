import type { RejectionErrorKey } from '../error-keys.js';
import type { RedeemableDefinition, RedeemableState } from '../model/redeemable-definition.js';
import { localTime } from './time-windows.js';

/** Why a known redeemable cannot be used right now, as Voucherify's error keys. */
export type UnavailableReason = Extract<
  RejectionErrorKey,
  | 'voucher_disabled'
  | 'voucher_not_active'
  | 'voucher_expired'
  | 'voucher_not_active_now'
  | 'quantity_exceeded'
  | 'promotion_inactive'
  | 'promotion_not_active_now'
>;

function outsideTimeWindow({ validity }: RedeemableDefinition, time: number): boolean {
  if (validity.daysOfWeek !== undefined || validity.hours !== undefined) {
    const local = localTime(new Date(time), validity.timeZone);
    if (validity.daysOfWeek !== undefined && !validity.daysOfWeek.includes(local.dayOfWeek)) return true;
    if (
      validity.hours !== undefined &&
      !validity.hours.some(
        (period) =>
          period.days.includes(local.dayOfWeek) &&
          local.minuteOfDay >= period.from &&
          local.minuteOfDay < period.until,
      )
    )
      return true;
  }
  const frame = validity.timeframe;
  if (frame === undefined || frame.intervalMs <= 0) return false;
  const from = validity.startDate === undefined ? 0 : Date.parse(validity.startDate);
  return (time - from) % frame.intervalMs >= frame.durationMs;
}

/**
 * Checks, in this order: disabled, not started yet, expired (the expiration instant itself is
 * expired), outside its days of the week, daily hours (both in the project's time zone) or time
 * frame, and used up: `redeemed_quantity` plus the
 * uses other sessions hold reaching `quantity`. Promotion tiers answer `promotion_inactive` for
 * the first three and `promotion_not_active_now` for the time window. `undefined` when usable.
 */
export function unavailableReason(
  redeemable: RedeemableDefinition,
  state: RedeemableState,
  now: Date,
): UnavailableReason | undefined {
  const time = now.getTime();
  const { validity } = redeemable;
  const tier = redeemable.object === 'promotion_tier';
  if (!validity.active) return tier ? 'promotion_inactive' : 'voucher_disabled';
  if (validity.startDate !== undefined && time < Date.parse(validity.startDate)) {
    return tier ? 'promotion_inactive' : 'voucher_not_active';
  }
  if (validity.expirationDate !== undefined && time >= Date.parse(validity.expirationDate)) {
    return tier ? 'promotion_inactive' : 'voucher_expired';
  }
  if (outsideTimeWindow(redeemable, time))
    return tier ? 'promotion_not_active_now' : 'voucher_not_active_now';
  if (
    redeemable.quantity !== undefined &&
    state.redeemedQuantity + state.locked.uses >= redeemable.quantity
  ) {
    return 'quantity_exceeded';
  }
  return undefined;
}
