/**
 * The longest interval a Settings value may give (docs/rules.md §2 and §7 decisions): ten years
 * of months, a year of warning days. More is a slip of the keyboard, and would carry due dates
 * past the calendar's end. The workbook check refuses a longer one and uses the default; the
 * Settings template's "In use" formulas do the same, and its data validation refuses one as it
 * is typed.
 */

/**
 * The largest number of months and of days a setting takes.
 *
 * @example
 * SETTING_LIMITS.months; // 120
 */
export const SETTING_LIMITS = { months: 120, days: 366 } as const;

/**
 * The largest value a setting takes, by its unit: a setting whose smallest value is 0 counts
 * days (a warning may be 0 days), one whose smallest is 1 counts months.
 *
 * @example
 * settingMaximum('dueSoonDays'); // 366
 * settingMaximum('lineMonths');  // 120
 */
export function settingMaximum(key: string): number {
  return /Days$/.test(key) ? SETTING_LIMITS.days : SETTING_LIMITS.months;
}
