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
  | 'dueSoonDays'
  | 'appraisalMonths'
  | 'appraisalDueSoonDays'
  | 'renewalDueSoonDays'
  | 'governanceRefresherMonths'
  | 'firstAidRefresherMonths'
  | 'otherRefresherMonths';

/**
 * Anything the check reads from a cell: a field of a kind of sheet, or a setting.
 *
 * @example
 * const key: ReadKey = 'startDate';
 */
export type ReadKey = FieldKey | SettingKey;

/**
 * Settings' two worked-out "rows read" cells (docs/rules.md §9), in their column order: how far
 * down a log the totals of another sheet read. The template writes them and the check warns when
 * they are blank or typed over, so both take the header, the log and the sheet reading it from here.
 *
 * @example
 * ROWS_READ_CELLS[0].header; // 'Training rows read'
 */
export const ROWS_READ_CELLS = [
  { key: 'trainingRows', header: 'Training rows read', log: 'Training', readBy: 'Coaches', totals: 'training totals' },
  {
    key: 'evidenceRows',
    header: 'Evidence log rows read',
    log: 'Evidence log',
    readBy: 'Competencies',
    totals: 'evidence coverage',
  },
] as const;

/**
 * The 0-based row of Settings whose cells every other sheet reads: the "In use" row (row 4).
 *
 * @example
 * SETTINGS_IN_USE_ROW; // 3
 */
export const SETTINGS_IN_USE_ROW = 3;
