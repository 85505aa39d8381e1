/**
 * Individual or group health coaching supervision (docs/rules.md §2, framework §4.2.2 (3)):
 * "Individual health coaching supervision – one to two hours per month. Group health coaching
 * supervision also recommended as a supplementary development opportunity." Only individual
 * sessions set the monthly due date; group sessions are counted beside them.
 */

/**
 * The word that marks a group session, in the format or in the type ("Group health coaching").
 *
 * @example
 * GROUP_WORD; // 'group'
 */
export const GROUP_WORD = 'group';

/**
 * Whether a supervision session was a group one. Decision: a blank format counts as individual
 * (most practice sheets do not record it); "group" anywhere in the format or the type, in any
 * case, means group.
 *
 * @example
 * isGroupSession(null, 'Health coaching');          // false
 * isGroupSession('Group', 'HCS');                   // true
 * isGroupSession(null, 'Group health coaching');    // true
 */
export function isGroupSession(format: string | null, type: string | null): boolean {
  return [format, type].some((t) => t !== null && t.toLowerCase().includes(GROUP_WORD));
}

/**
 * Minutes of individual health coaching supervision a month asks for: the framework's "one to
 * two hours per month" (§4.2.2 (3)) starts at an hour.
 *
 * @example
 * MONTHLY_INDIVIDUAL_MINUTES; // 60
 */
export const MONTHLY_INDIVIDUAL_MINUTES = 60;

/**
 * Whether the individual health coaching supervision logged in the month up to the as-of date
 * falls short of an hour (docs/rules.md §2, a warning). None at all is not "short": the due
 * date and its status already say that supervision is due or overdue.
 *
 * @example
 * underAnHour(45); // true
 * underAnHour(0);  // false: none logged
 * underAnHour(60); // false
 */
export function underAnHour(minutes: number): boolean {
  return minutes > 0 && minutes < MONTHLY_INDIVIDUAL_MINUTES;
}

/**
 * The type text with the group word taken out, so "Group health coaching" reads as health coaching.
 *
 * @example
 * withoutGroupWord('Group health coaching'); // 'health coaching'
 */
export function withoutGroupWord(type: string): string {
  return type.replace(/group/gi, ' ').replace(/\s+/g, ' ').trim();
}
