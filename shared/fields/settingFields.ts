/**
 * The Settings sheet's values, which the check finds by their labels rather than by a header
 * row (shared/check/read/readSettings.ts holds the label words). Their keys sit beside the fields'
 * so a cell reader takes either and a misspelt one does not compile.
 */
import type { FieldKey } from './registry';

/**
 * A value on the Settings sheet.
 *
 * @example
 * const key: SettingKey = 'dueSoonDays';
 */
export type SettingKey =
  | 'asOf'
  | 'lineMonths'
  | 'coachingMonths'
  | 'clinicalDueMonths'
  | 'clinicalWindowMonths'
  | 'clinicalMaxMonths'
  | 'dueSoonDays';

/**
 * Anything the check reads from a cell: a field of a kind of sheet, or a setting.
 *
 * @example
 * const key: ReadKey = 'startDate';
 */
export type ReadKey = FieldKey | SettingKey;
