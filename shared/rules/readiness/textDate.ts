/**
 * A date typed as text (docs/rules.md §4): what a completion cell a host keeps as text says when
 * it holds a date. Read exactly as the check reads any date cell (values/readDate.ts): ISO order
 * `2026-01-05` (a time of day may follow) or UK order `05/01/2026` (day first; `/`, `.` or
 * `-` between the parts); a date that does not exist, or is before 1900, is no date.
 * textDateFormula.ts beside this file is the template's formula for the same rule.
 */
import type { IsoDate } from '../../values/dates/calendarDate';
import { readContext } from '../../values/context';
import { readDate } from '../../values/dates/readDate';

/**
 * The first year a date typed as text may have: where spreadsheet calendars start.
 *
 * @example
 * FIRST_TEXT_DATE_YEAR; // 1900
 */
export const FIRST_TEXT_DATE_YEAR = 1900;

/** Text holds no time zone or date system, so any context reads it the same. */
const TEXT_CONTEXT = readContext('2000-01-01');

/**
 * The date a piece of text holds, or null when it holds none.
 *
 * @example
 * dateFromText('05/01/2026'); // '2026-01-05'
 * dateFromText('31/02/2026'); // null
 * dateFromText('booked');     // null
 */
export function dateFromText(text: string): IsoDate | null {
  try {
    const d = readDate('date', text, TEXT_CONTEXT);
    return d !== null && Number(d.slice(0, 4)) >= FIRST_TEXT_DATE_YEAR ? d : null;
  } catch {
    return null;
  }
}
