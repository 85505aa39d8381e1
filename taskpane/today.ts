/**
 * Today's date where the user is. The rules core has no clock; the pane is where "today"
 * comes from for the as-of date and the form's checks.
 */
import type { IsoDate } from '../shared/values/dates/calendarDate';

/**
 * Today as ISO text in the browser's own time zone (the user's calendar day, not UTC's).
 *
 * @example
 * localToday(new Date(2026, 2, 20, 23, 30)); // '2026-03-20'
 */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}
