import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysFns, addMonths as addMonthsFns, differenceInCalendarDays } from 'date-fns';
import { HwbcError } from './errors';
import { RULE_MESSAGES } from './messages';

/**
 * A calendar date with no time of day and no time zone, written `YYYY-MM-DD`.
 * ISO strings compare correctly as text, cross `google.script.run` unchanged and never
 * shift by a day whatever the machine's time zone.
 */
export type IsoDate = string & { readonly __isoDate?: never };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Builds an IsoDate from year, month (1–12) and day, or null if no such day exists.
 *
 * @example
 * isoDate(2028, 2, 29); // '2028-02-29'
 * isoDate(2026, 2, 29); // null
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = utcMidnight(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Midnight UTC of a day; unlike `Date.UTC`, years 1–99 are not read as 1901–1999. */
function utcMidnight(year: number, monthIndex: number, day: number): UTCDate {
  const d = new UTCDate(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * True when `s` is a well-formed, real `YYYY-MM-DD` date.
 *
 * @example
 * isIsoDate('2026-02-30'); // false
 */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  return m !== null && isoDate(+m[1], +m[2], +m[3]) === s;
}

function toUtc(d: IsoDate): UTCDate {
  const m = ISO.exec(d);
  if (!m) throw new Error(`not an ISO date: ${d}`);
  return utcMidnight(+m[1], +m[2] - 1, +m[3]);
}

function fromUtc(d: Date): IsoDate {
  const year = d.getUTCFullYear();
  // A due date past 9999 cannot be shown by any spreadsheet (or compared as ISO text).
  if (!(year >= 1 && year <= 9999)) throw new HwbcError('NUM', RULE_MESSAGES.dateOutOfRange);
  return `${String(year).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Calendar month addition that clamps to the month's last day. A result outside the years
 * 1–9999 is a NUM error.
 *
 * @example
 * addMonths('2026-01-31', 1); // '2026-02-28'
 */
export function addMonths(d: IsoDate, months: number): IsoDate {
  return fromUtc(addMonthsFns(toUtc(d), months));
}

/**
 * Adds (or with a negative number, subtracts) whole days.
 *
 * @example
 * addDays('2026-04-15', -7); // '2026-04-08'
 */
export function addDays(d: IsoDate, days: number): IsoDate {
  return fromUtc(addDaysFns(toUtc(d), days));
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * daysBetween('2026-01-01', '2026-01-31'); // 30
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** One formatter per zone: building one costs far more than using it, and Sheets passes
 * whole columns of Dates. */
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
