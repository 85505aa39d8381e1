/**
 * The Supervision log: one row a supervision session. The last column reads the type as the
 * rules do (any accepted name, any case), so the Coaches sheet finds every session.
 */
import { NOT_RECOGNISED, supervisionTypeFormula } from '../../rules/supervision/supervisionTypeFormula';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';
import { cell } from '../formulas/cellReferences';
import { completedFormula } from '../../rules/readiness/completedFormula';
import { actionStatusFormula } from '../../rules/development/developmentFormula';
import { fieldColumns } from '../fieldColumns';
import { SETTINGS_CELLS } from './settingsSheet';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * SUPERVISION_LOG; // 'Supervision log'
 */
export const SUPERVISION_LOG = 'Supervision log';

// The format drop-down's choices are the field registry's; kept importable from here.
export { SUPERVISION_FORMATS } from '../../fields';

export { SUPERVISION_FOCUS } from '../../fields';

/**
 * The Supervision log's columns; the last one is worked out.
 *
 * @example
 * SUPERVISION_LOG_COLUMNS[2].list; // ['Line management', 'Clinical', 'Health coaching']
 */
export const SUPERVISION_LOG_COLUMNS: readonly TemplateColumn[] = fieldColumns('supervisionLog', {
  actionStatus: {
    formula: (r) =>
      `=${actionStatusFormula({
        action: cell(SUPERVISION_LOG_COLUMNS, 'action', r),
        followUp: cell(SUPERVISION_LOG_COLUMNS, 'followUp', r),
        // Completed means completed (docs/rules.md §4), as for training: one rule, one formula.
        done: completedFormula(cell(SUPERVISION_LOG_COLUMNS, 'actionDone', r), SETTINGS_CELLS.asOf),
        asOf: SETTINGS_CELLS.asOf,
      })}`,
  },
  countsAs: { formula: (r) => `=${supervisionTypeFormula(cell(SUPERVISION_LOG_COLUMNS, 'type', r))}` },
});

/**
 * The Supervision log sheet, optionally with sessions already logged.
 *
 * @example
 * supervisionLogSheet().columns.map((c) => c.header); // ['Date', 'Coach ID', 'Type', …]
 */
export function supervisionLogSheet(data: readonly RowValues[] = []) {
  return buildSheet({
    name: SUPERVISION_LOG,
    columns: SUPERVISION_LOG_COLUMNS,
    data,
    formulaRows: 1000,
    highlights: [
      { column: 'countsAs', equals: NOT_RECOGNISED, style: 'bad' },
      { column: 'actionStatus', equals: 'Overdue', style: 'bad' },
    ],
  });
}
