import { addMonths, IsoDate } from '../../values/dates/calendarDate';

/** One CPD activity as the rules see it: when and how long. */
export interface CpdActivity {
  date: IsoDate | null;
  hours: number | null;
}

/**
 * The first day of the 12 months up to `asOf` that CPD hours are shown for: the day after the
 * same date a year before, so a course exactly a year ago has dropped out.
 *
 * @example
 * cpdWindowStart('2026-03-20'); // '2025-03-20' (counted from the day after)
 */
export function cpdWindowStart(asOf: IsoDate): IsoDate {
  return addMonths(asOf, -12);
}

/**
 * CPD hours in the 12 months up to and including `asOf` (docs/rules.md §7): dated after
 * `asOf` − 12 months and on or before `asOf`. Undated or hourless rows do not count. CPD is
 * shown beside the tier, never added to NHS coaching hours (docs/rules.md §1).
 *
 * @example
 * cpdHoursInYear([
 *   { date: '2026-01-10', hours: 3 },
 *   { date: '2025-03-20', hours: 6 }, // exactly a year before: out
 *   { date: '2026-04-01', hours: 2 }, // after the as-of date: out
 * ], '2026-03-20'); // 3
 */
export function cpdHoursInYear(activities: readonly CpdActivity[], asOf: IsoDate): number {
  const from = cpdWindowStart(asOf);
  let sum = 0;
  for (const a of activities) {
    if (a.date === null || a.hours === null || !(a.hours >= 0)) continue;
    if (a.date > from && a.date <= asOf) sum += a.hours;
  }
  return sum;
}
