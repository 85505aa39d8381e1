/**
 * The calendar date a moment shows in a time zone, through Intl: how a Date from Google Sheets
 * (a moment, not a day) and today where the user is become calendar dates.
 */
import { type IsoDate, isoDate } from './calendarDate';

/** One formatter per zone, made when first needed: building one costs far more than using
 * it, and Sheets passes whole columns of Dates. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = FORMATS.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATS.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar date a JavaScript Date shows in a given IANA time zone, so that a Sheets
 * date stored as London midnight in summer (23:00 UTC the day before) is read as the day
 * the user typed.
 *
 * @example
 * dateInZone(new Date('2026-06-30T23:00:00Z'), 'Europe/London'); // '2026-07-01'
 */
export function dateInZone(d: Date, timeZone: string): IsoDate | null {
  // Intl prints a year BC without its era (1 BC as "1"), so such Dates would read as AD.
  if (isNaN(d.getTime()) || d.getUTCFullYear() < 2) return null;
  const parts = formatFor(timeZone).formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return isoDate(get('year'), get('month'), get('day'));
}
