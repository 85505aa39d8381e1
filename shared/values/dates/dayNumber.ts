/**
 * Calendar dates as whole day numbers (days since 1 January 1970, proleptic Gregorian), by
 * arithmetic alone. The rules and the check turn dates into numbers for every cell of a range
 * or a log: plain arithmetic builds no Date object and asks no time zone, so it is both fast
 * and the same on every machine. (Howard Hinnant's days-from-civil algorithm.)
 */

/** Days in a 400-year cycle of the Gregorian calendar. */
const DAYS_PER_ERA = 146_097;
/** Day number of 1 March of year 0, the start of the algorithm's era. */
const ERA_OFFSET = 719_468;

/**
 * The day number of a year, month (1–12) and day. A day past the month's end rolls into the
 * next month, as `Date.UTC` does.
 *
 * @example
 * dayNumberOf(1970, 1, 1);  // 0
 * dayNumberOf(2026, 3, 15); // 20527
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - ERA_OFFSET;
}

/**
 * Days in a month (1–12) of a year, leap years included.
 *
 * @example
 * daysInMonth(2028, 2); // 29
 * daysInMonth(1900, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `YYYY-MM-DD` text for a year, month and day already known to exist.
 *
 * @example
 * isoText(50, 6, 1); // '0050-06-01'
 */
export function isoText(year: number, month: number, day: number): string {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The `YYYY-MM-DD` text of a day number (of a day in the years 1 to 9999).
 *
 * @example
 * isoOfDayNumber(20527); // '2026-03-15'
 */
export function isoOfDayNumber(dayNumber: number): string {
  const z = dayNumber + ERA_OFFSET;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoText(year, month, day);
}

/**
 * The day number of `YYYY-MM-DD` text, or NaN when the text is not in that form.
 *
 * @example
 * isoDayNumber('2026-03-15'); // 20527
 * isoDayNumber('15/03/2026'); // NaN
 */
export function isoDayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  return year < 0 || month < 0 || day < 0 ? NaN : dayNumberOf(year, month, day);
}

/** The number written by the digits from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
