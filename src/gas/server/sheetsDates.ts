/**
 * Dates between Google Sheets and the core. A Sheets date cell reaches Apps Script as a
 * JavaScript Date at midnight in the spreadsheet's time zone (23:00 UTC the day before in
 * British Summer Time); the core works in calendar dates (ISO text). Apps Script's own
 * Utilities does the zone arithmetic, so nothing depends on the server's or the machine's zone.
 */
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import { isIsoDate } from '../../../shared/values/dates/calendarDate';

/** The two Utilities methods the date conversions use. */
export type DateUtilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'parseDate'>;

/**
 * True for a Date from any realm (a Date made by a test harness outside the script's own
 * global object fails `instanceof Date`).
 *
 * @example
 * isDate(new Date()); // true
 * isDate('2026-03-15'); // false
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The calendar date a Date shows in a time zone, or null for an invalid Date.
 *
 * @example
 * dateToIso(new Date('2026-06-30T23:00:00Z'), 'Europe/London', Utilities); // '2026-07-01'
 */
export function dateToIso(date: Date, timeZone: string, utilities: DateUtilities): IsoDate | null {
  if (isNaN(date.getTime())) return null;
  const text = utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
  return isIsoDate(text) ? text : null;
}

/**
 * A Date at midnight of a calendar date in a time zone: Sheets turns it back into that day.
 * (UTC midnight would show the day before in any zone west of Greenwich.)
 *
 * @example
 * isoToDate('2026-07-01', 'Europe/London', Utilities).toISOString(); // '2026-06-30T23:00:00.000Z'
 */
export function isoToDate(iso: IsoDate, timeZone: string, utilities: DateUtilities): Date {
  return utilities.parseDate(iso, timeZone, 'yyyy-MM-dd');
}
