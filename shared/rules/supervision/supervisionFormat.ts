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
 * The type text with the group word taken out, so "Group health coaching" reads as health coaching.
 *
 * @example
 * withoutGroupWord('Group health coaching'); // 'health coaching'
 */
export function withoutGroupWord(type: string): string {
  return type.replace(/group/gi, ' ').replace(/\s+/g, ' ').trim();
}
