import { dayNumberOf, daysInMonth, isoDayNumber, isoOfDayNumber, isoText } from './dayNumber';
import { HwbcError } from '../errors';
import { RULE_MESSAGES } from '../messages';

/**
 * A calendar date with no time of day and no time zone, written `YYYY-MM-DD`.
 * ISO strings compare correctly as text, cross `google.script.run` unchanged and never
 * shift by a day whatever the machine's time zone.
 */
export type IsoDate = string & { readonly __isoDate?: never };

/** The first and last days a spreadsheet shows: 1 January 1 and 31 December 9999. */
const FIRST_DAY = dayNumberOf(1, 1, 1);
const LAST_DAY = dayNumberOf(9999, 12, 31);

/** Date texts remembered by day number: ranges and logs repeat the same days, and one text
 * per day rather than per cell saves building (and collecting) millions of strings. */
const TEXTS = new Map<number, IsoDate>();
const REMEMBERED = 100_000;

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
  return day > daysInMonth(year, month) ? null : isoText(year, month, day);
}

/**
 * True when `s` is a well-formed, real `YYYY-MM-DD` date.
 *
 * @example
 * isIsoDate('2026-02-30'); // false
 */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || Number.isNaN(isoDayNumber(s))) return false;
  // The shape and digits are right (isoDayNumber): only the day's existence is left, worked
  // out from the digits without building any text (logs hold hundreds of thousands of dates).
  const digit = (i: number) => s.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The day number (days since 1 January 1970) of an IsoDate, for arithmetic and comparison.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(d: IsoDate): number {
  const n = isoDayNumber(d);
  if (Number.isNaN(n)) throw new Error(`not an ISO date: ${d}`);
  return n;
}

/**
 * The IsoDate of a day number; outside the years 1–9999 (which no spreadsheet can show, nor
 * compare as ISO text) a NUM error.
 *
 * @example
 * dateOfDayNumber(1); // '1970-01-02'
 */
export function dateOfDayNumber(n: number): IsoDate {
  if (!(n >= FIRST_DAY && n <= LAST_DAY)) throw new HwbcError('NUM', RULE_MESSAGES.dateOutOfRange);
  let text = TEXTS.get(n);
  if (text === undefined) {
    if (TEXTS.size >= REMEMBERED) TEXTS.clear();
    TEXTS.set(n, (text = isoOfDayNumber(n)));
  }
  return text;
}

/**
 * Calendar month addition that clamps to the month's last day, as date-fns' `addMonths` does
 * on a UTC date (its test holds the two equal): by arithmetic on the year and month, so no
 * Date object is built and no time zone is asked, in the first call of a cold script as in a
 * column of a million dates. A fraction of a month counts as date-fns counts it (the month
 * index truncated). A result outside the years 1–9999 is a NUM error.
 *
 * @example
 * addMonths('2026-01-31', 1); // '2026-02-28'
 */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const from = dayNumber(d);
  if (months === 0) return dateOfDayNumber(from);
  const year = +d.slice(0, 4);
  const month0 = +d.slice(5, 7) - 1;
  const day = +d.slice(8, 10);
  // date-fns sets the month to trunc(month + months + 1) and day 0: the last day of the month wanted.
  const index = year * 12 + Math.trunc(month0 + months + 1) - 1;
  if (!Number.isFinite(index)) throw new HwbcError('NUM', RULE_MESSAGES.dateOutOfRange);
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dateOfDayNumber(dayNumberOf(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth))));
}

/**
 * Adds (or with a negative number, subtracts) whole days.
 *
 * @example
 * addDays('2026-04-15', -7); // '2026-04-08'
 */
export function addDays(d: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(d) + days);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * daysBetween('2026-01-01', '2026-01-31'); // 30
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
