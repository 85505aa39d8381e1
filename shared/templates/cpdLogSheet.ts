/**
 * The CPD log (RULES.md §7): one row a piece of continuing professional development, with
 * its hours, type, what was learned and the competencies it links to. The Coaches sheet shows
 * each coach's CPD hours in the last 12 months; CPD never counts towards tier hours. The sheet
 * has no worked-out columns, so it grows with the practice's rows and has no row limit.
 */
import { buildSheet, type RowValues, type TemplateColumn } from './sheetLayout';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * CPD_LOG; // 'CPD log'
 */
export const CPD_LOG = 'CPD log';

/**
 * The kinds of CPD the log offers.
 *
 * @example
 * CPD_TYPES[0]; // 'Health coaching practice'
 */
export const CPD_TYPES = ['Health coaching practice', 'Clinical or condition-specific', 'Other'] as const;

/**
 * The CPD log's columns, all typed in.
 *
 * @example
 * CPD_LOG_COLUMNS.map((c) => c.key); // ['date', 'coach', 'activity', 'type', 'hours', 'reflection', 'competencies']
 */
export const CPD_LOG_COLUMNS: readonly TemplateColumn[] = [
  { key: 'date', header: 'Date', width: 13, numberFormat: 'dd mmm yyyy', note: 'The day of the activity.' },
  { key: 'coach', header: 'Coach ID', width: 11, note: 'As on the Coaches sheet.' },
  { key: 'activity', header: 'Activity', width: 30, note: 'The course, reading, event or peer learning.' },
  { key: 'type', header: 'Type', width: 22, list: CPD_TYPES },
  {
    key: 'hours',
    header: 'Hours',
    width: 8,
    numberFormat: '0.0',
    note: 'CPD hours are shown on the Coaches sheet for the last 12 months; they never count towards NHS coaching hours or the tier.',
  },
  {
    key: 'reflection',
    header: 'What was learned',
    width: 40,
    note: 'A short reflection. No client names or NHS numbers.',
  },
  {
    key: 'competencies',
    header: 'Linked competency codes',
    width: 18,
    note: 'Framework codes this supports, such as COM-04, MOD-02 (see the Competencies sheet).',
  },
];

/** Rows formatted (dates, lists) before any are typed; the sheet takes more rows as they come. */
const FORMATTED_ROWS = 500;

/**
 * The CPD log sheet, optionally with activities already logged.
 *
 * @example
 * cpdLogSheet().columns[0].header; // 'Date'
 */
export function cpdLogSheet(data: readonly RowValues[] = []) {
  return buildSheet({ name: CPD_LOG, columns: CPD_LOG_COLUMNS, data, formulaRows: FORMATTED_ROWS });
}
