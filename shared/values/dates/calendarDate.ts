import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { UTCDateMini } from '@date-fns/utc/date/mini';
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

const MS_PER_DAY = 86_400_000;
/** Month additions remembered, by day number and months: a column of a million dates holds a
 * few thousand distinct days, and date-fns builds a Date object for each addition. */
const MONTHS_ADDED = new Map<number, number>();

/**
 * Calendar month addition that clamps to the month's last day (date-fns' addMonths, on a
 * UTC date so no time zone is involved). A result outside the years 1–9999 is a NUM error.
 *
 * @example
 * addMonths('2026-01-31', 1); // '2026-02-28'
 */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const from = dayNumber(d);
  // Whole months within ±1000 years share one key space with the day; anything else is not kept.
  const key = Number.isInteger(months) && Math.abs(months) < 12_000 ? from * 24_001 + months + 12_000 : NaN;
  let to = MONTHS_ADDED.get(key);
  if (to === undefined) {
    to = Math.floor(addMonthsFns(new UTCDateMini(from * MS_PER_DAY), months).getTime() / MS_PER_DAY);
    if (!Number.isNaN(key)) {
      if (MONTHS_ADDED.size >= REMEMBERED) MONTHS_ADDED.clear();
      MONTHS_ADDED.set(key, to);
    }
  }
  return dateOfDayNumber(to);
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
