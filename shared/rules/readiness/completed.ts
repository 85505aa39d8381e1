/**
 * What counts as completed (docs/rules.md §4): a checklist line is done only when its completion
 * cell holds a date on or before the as-of date, TRUE, or one of the words Yes, Y, Done,
 * Complete, Completed (any case, spaces trimmed and tabs or line breaks removed, as TRIM(CLEAN(…)) does). A later date is planned; any other text
 * ("booked", "in progress", "N/A") is not done. The template's formulas
 * (completedFormula.ts beside this file) and the workbook check apply this one rule.
 */
import type { IsoDate } from '../../values/dates/calendarDate';
import { tidyText } from '../../values/cells/tidyText';

/**
 * The words that mean done, in lower case. "true" is here because a TRUE typed into a cell a
 * host keeps as text (a CSV file, a column formatted as text) is still TRUE.
 *
 * @example
 * COMPLETED_WORDS.includes('done'); // true
 */
export const COMPLETED_WORDS: readonly string[] = ['yes', 'y', 'done', 'complete', 'completed', 'true'];

/**
 * The words that plainly mean "not done", in lower case: they are not done without comment,
 * where other text is named by the check.
 *
 * @example
 * NOT_DONE_ANSWERS.includes('no'); // true
 */
export const NOT_DONE_ANSWERS: readonly string[] = ['false', 'no', 'n'];

/**
 * What a completion cell says: done, planned (a date after the as-of date), not done (blank,
 * FALSE or No), or unclear (other text, which counts as not done and is worth naming).
 *
 * @example
 * const c: Completion = 'planned';
 */
export type Completion = 'done' | 'planned' | 'not done' | 'unclear';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a completion cell reads on the as-of date. Dates arrive as IsoDate text (the check has
 * already turned serials and Date objects into calendar dates); TRUE/FALSE as booleans.
 * Without an as-of date every date counts as done (the caller has already set aside later ones).
 *
 * @example
 * completion('2026-01-10', '2026-03-20'); // 'done'
 * completion('2026-04-01', '2026-03-20'); // 'planned'
 * completion(' Done ', '2026-03-20');     // 'done'
 * completion('booked', '2026-03-20');     // 'unclear'
 */
export function completion(value: string | boolean | null | undefined, asOf?: IsoDate): Completion {
  if (typeof value === 'boolean') return value ? 'done' : 'not done';
  if (typeof value !== 'string') return 'not done';
  const text = tidyText(value).toLowerCase();
  if (text === '' || NOT_DONE_ANSWERS.includes(text)) return 'not done';
  if (COMPLETED_WORDS.includes(text)) return 'done';
  if (ISO.test(text)) return asOf === undefined || text <= asOf ? 'done' : 'planned';
  return 'unclear';
}

/**
 * Whether a completion cell counts as completed on the as-of date.
 *
 * @example
 * isCompleted('Yes');                      // true
 * isCompleted('booked');                   // false
 * isCompleted('2026-04-01', '2026-03-20'); // false: planned
 */
export function isCompleted(value: string | boolean | null | undefined, asOf?: IsoDate): boolean {
  return completion(value, asOf) === 'done';
}
