/**
 * The monthly figures a PCN reports to its ICB (docs/rules.md §8): which months a summary shows
 * and the did-not-attend rate. The workbook check's monthly summary (shared/check/monthlySummary.ts)
 * and the Monthly summary template sheet (monthlyFiguresFormula.ts beside this) both follow them.
 */
import type { IsoDate } from '../../values/dates/calendarDate';

/**
 * A summary covers at most the twelve calendar months up to and including the as-of month.
 *
 * @example
 * MONTHS_SHOWN; // 12
 */
export const MONTHS_SHOWN = 12;

/**
 * The calendar month (YYYY-MM) of a date.
 *
 * @example
 * monthOf('2026-03-20'); // '2026-03'
 */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/**
 * The month `back` months before `month` (YYYY-MM); a negative `back` goes forward.
 *
 * @example
 * monthBefore('2026-03', 11); // '2025-04'
 * monthBefore('2025-12', -1); // '2026-01'
 */
export function monthBefore(month: string, back: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Did-not-attend sessions out of those that took place or were not attended (cancelled ones
 * are neither); null when there were none.
 *
 * @example
 * didNotAttendRate(9, 1); // 0.1
 * didNotAttendRate(0, 0); // null
 */
export function didNotAttendRate(attended: number, didNotAttend: number): number | null {
  const booked = attended + didNotAttend;
  return booked === 0 ? null : didNotAttend / booked;
}
