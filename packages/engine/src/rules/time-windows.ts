import { DateTime, IANAZone } from 'luxon';

/**
 * Whether `zone` is an IANA time zone name (`Europe/Berlin`, `UTC`) the runtime knows, as Luxon
 * reads it from `Intl`.
 */
export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The instant (ISO, UTC) the current day or month began at `now` in the project's time zone
 * `zone`: the window `redemption.count.*.daily` / `.monthly` rules count in. Daylight saving
 * changes are Luxon's (a day may last 23 or 25 hours).
 */
export function windowStart(now: Date, zone: string, window: 'day' | 'month'): string {
  return DateTime.fromJSDate(now, { zone }).startOf(window).toUTC().toISO() ?? now.toISOString();
}

/** Local calendar facts of an instant in the project's time zone. */
export interface LocalTime {
  /** 0 = Sunday … 6 = Saturday (Voucherify's `validity_day_of_week` numbering). */
  dayOfWeek: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** The day of the week and the time of day of `now` in `zone`. */
export function localTime(now: Date, zone: string): LocalTime {
  const local = DateTime.fromJSDate(now, { zone });
  return { dayOfWeek: local.weekday % 7, minuteOfDay: local.hour * 60 + local.minute };
}
