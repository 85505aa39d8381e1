import type { IsoDate } from '../../values/dates/calendarDate';

/**
 * Attendance answers that mean the session did not take place, as the template's Hours log
 * offers them. Any other answer, or none, counts as attended: a logged session is usually one
 * that happened.
 *
 * @example
 * NOT_ATTENDED; // ['Did not attend', 'Cancelled']
 */
export const NOT_ATTENDED: readonly string[] = ['Did not attend', 'Cancelled'];

/**
 * The NHS answer that keeps a session's hours out; a blank NHS cell counts as NHS work.
 *
 * @example
 * NOT_NHS; // 'No'
 */
export const NOT_NHS = 'No';

/** One row of an hours log as typed: the cells the rule reads. */
export interface HoursLogRow {
  date: IsoDate | null;
  attendance: string | null;
  nhs: string | null;
}

/**
 * Whether an answer is the given word as a spreadsheet compares a whole cell with it: in any
 * case, but with nothing else in the cell (so the template's formulas can test it in SUMIFS).
 */
function says(answer: string | null, word: string): boolean {
  return answer !== null && answer.toLowerCase() === word;
}

/** The words in lower case once: the check asks of every session of every log. */
const NOT_ATTENDED_LOWER = NOT_ATTENDED.map((word) => word.toLowerCase());
const NOT_NHS_LOWER = NOT_NHS.toLowerCase();

/**
 * Whether the attendance answer counts the session as attended: anything but "Did not attend"
 * or "Cancelled", a blank included. Day loads and client sessions count the same sessions.
 *
 * @example
 * attendanceCounts(null);             // true
 * attendanceCounts('did not attend'); // false
 */
export function attendanceCounts(answer: string | null): boolean {
  if (answer === null) return true;
  for (const word of NOT_ATTENDED_LOWER) if (says(answer, word)) return false;
  return true;
}

/**
 * Hours that count (docs/rules.md §1 decision, one rule for the template and the check): an hours-log
 * row counts towards NHS coaching hours when its date is filled in and on or before the as-of
 * date, its attendance is not "Did not attend" or "Cancelled" (blank counts as attended), and
 * NHS is not "No" (blank counts as NHS). An undated row never counts: nobody can say it
 * happened by the as-of date.
 *
 * @example
 * hoursLogRowCounts({ date: '2026-03-04', attendance: null, nhs: null }, '2026-03-20');  // true
 * hoursLogRowCounts({ date: '2026-03-04', attendance: 'Cancelled', nhs: 'Yes' }, '2026-03-20'); // false
 * hoursLogRowCounts({ date: null, attendance: 'Attended', nhs: 'Yes' }, '2026-03-20');   // false
 */
export function hoursLogRowCounts(row: HoursLogRow, asOf: IsoDate): boolean {
  return row.date !== null && row.date <= asOf && attendanceCounts(row.attendance) && !says(row.nhs, NOT_NHS_LOWER);
}
