/**
 * The CPD log (docs/rules.md §7): one row a piece of continuing professional development, with
 * its hours, type, what was learned and the competencies it links to. The Coaches sheet shows
 * each coach's CPD hours in the last 12 months; CPD never counts towards tier hours. The sheet
 * has no worked-out columns, so no formula is filled down to a fixed row: it takes as many
 * rows as the practice types. Headers, formats and notes are the field registry's
 * (shared/fields/cpdLogFields.ts).
 */
import { fieldColumns } from '../fieldColumns';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * CPD_LOG; // 'CPD log'
 */
export const CPD_LOG = 'CPD log';

export { CPD_TYPES } from '../../fields';

/**
 * The CPD log's columns, all typed in.
 *
 * @example
 * CPD_LOG_COLUMNS.map((c) => c.key); // ['date', 'coach', 'activity', 'cpdType', 'hours', 'reflection', 'competencies']
 */
export const CPD_LOG_COLUMNS: readonly TemplateColumn[] = fieldColumns('cpdLog');

/** Rows formatted (dates, drop-downs) before any are typed; typing below them is fine too. */
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
