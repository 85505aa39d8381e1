/**
 * Calendar dates in Europe/London, the zone nearly every NHS spreadsheet is in, worked out by
 * arithmetic. The first Intl.DateTimeFormat of an execution loads the time-zone database, the
 * largest part of a custom function's cold start in Apps Script (which loads the script afresh
 * for each call). Since 1996 London keeps British Summer Time from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October (the Summer Time Order 2002), as the
 * zone database does for every later year; earlier dates are left to Intl.
 */
import { type IsoDate, isIsoDate } from '../../../shared/values/dates/calendarDate';
import { isoText } from '../../../shared/values/dates/dayNumber';

/** The zone whose rule is known here. */
export const LONDON = 'Europe/London';

/** The first year the present rule holds. */
const FROM_YEAR = 1996;
const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (0-based) of a year, in ms. */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * London's offset from UTC in ms at an instant, or null before 1996 (another rule then).
 *
 * @example
 * londonOffset(Date.UTC(2026, 6, 1)); // 3600000 (summer time)
 * londonOffset(Date.UTC(1990, 6, 1)); // null
 */
export function londonOffset(ms: number): number | null {
  const year = new Date(ms).getUTCFullYear();
  if (!(year >= FROM_YEAR && year <= 9999)) return null;
  return ms >= lastSundayAtOne(year, 2) && ms < lastSundayAtOne(year, 9) ? HOUR : 0;
}

/** The conversions londonDates gives, as zoneDates' ZoneDates. */
interface Dates {
  toIso(date: Date): IsoDate | null;
  toDate(iso: IsoDate): Date;
}

/**
 * London's conversions by arithmetic from 1996 on, and `before` (made only when needed) for
 * earlier dates.
 *
 * @example
 * londonDates(() => intlDates('Europe/London')).toDate('2026-07-01').toISOString(); // '2026-06-30T23:00:00.000Z'
 */
export function londonDates(before: () => Dates): Dates {
  return {
    toIso(date) {
      const ms = date.getTime();
      if (isNaN(ms)) return null;
      const offset = londonOffset(ms);
      if (offset === null) return before().toIso(date);
      const wall = new Date(ms + offset);
      const iso = isoText(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
      return isIsoDate(iso) ? iso : null;
    },
    toDate(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      const asUtc = Date.UTC(y, m - 1, d);
      // Midnight is never in a change (they happen at 01:00 UTC), so one offset fits the day.
      const offset = londonOffset(asUtc);
      return offset === null || y < FROM_YEAR ? before().toDate(iso) : new Date(asUtc - offset);
    },
  };
}
