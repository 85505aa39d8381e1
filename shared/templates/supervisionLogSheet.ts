/**
 * The Supervision log: one row a supervision session. The last column reads the type as the
 * rules do (any accepted name, any case), so the Coaches sheet finds every session.
 */
import { SUPERVISION_LABELS } from '../rules/supervisionType';
import { NOT_RECOGNISED, supervisionTypeFormula } from '../rules/supervisionTypeFormula';
import { buildSheet, type RowValues, type TemplateColumn } from './sheetLayout';
import { cell } from './formulas/cellReferences';
import { actionDoneFormula, actionStatusFormula } from '../rules/developmentFormula';
import { YES_NO } from './hoursLogSheet';
import { SETTINGS_CELLS } from './settingsSheet';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * SUPERVISION_LOG; // 'Supervision log'
 */
export const SUPERVISION_LOG = 'Supervision log';

/**
 * How a supervision session was held.
 *
 * @example
 * SUPERVISION_FORMATS[0]; // '1:1'
 */
export const SUPERVISION_FORMATS = ['1:1', 'Group'] as const;

/**
 * The three functions of supervision a session may focus on.
 *
 * @example
 * SUPERVISION_FOCUS[1]; // 'Formative'
 */
export const SUPERVISION_FOCUS = ['Normative', 'Formative', 'Restorative'] as const;

/**
 * The Supervision log's columns; the last one is worked out.
 *
 * @example
 * SUPERVISION_LOG_COLUMNS[2].list; // ['Line management', 'Clinical', 'Health coaching']
 */
export const SUPERVISION_LOG_COLUMNS: readonly TemplateColumn[] = [
  {
    key: 'date',
    header: 'Date',
    width: 13,
    numberFormat: 'dd mmm yyyy',
    note: 'The day of the session. Sessions after the as-of date (planned ones) do not count yet.',
  },
  { key: 'coach', header: 'Coach ID', width: 11, note: 'As on the Coaches sheet.' },
  {
    key: 'type',
    header: 'Type',
    width: 18,
    list: Object.values(SUPERVISION_LABELS),
    note: 'Line management (monthly), Clinical (every 2–3 months, pro rata) or Health coaching (monthly, by a Tier 3+ supervisor). LM, CS and HCS are understood too.',
  },
  { key: 'supervisor', header: 'Supervisor', width: 18 },
  { key: 'format', header: 'Format', width: 9, list: SUPERVISION_FORMATS },
  { key: 'minutes', header: 'Minutes', width: 9, numberFormat: '0' },
  {
    key: 'focus',
    header: 'Focus',
    width: 12,
    list: SUPERVISION_FOCUS,
    note: 'Normative (standards, caseload, safety), formative (skills and learning) or restorative (support and wellbeing).',
  },
  {
    key: 'concerns',
    header: 'Safeguarding or patient concerns raised',
    width: 12,
    list: YES_NO,
    note: 'Yes when a safeguarding or patient concern was raised. Record the concern itself where your organisation keeps them, never here.',
  },
  {
    key: 'notes',
    header: 'Notes',
    width: 30,
    note: 'No client names or NHS numbers: use the client reference.',
  },
  {
    key: 'action',
    header: 'Agreed actions',
    width: 30,
    note: 'What was agreed, in a few words. No client names or NHS numbers.',
  },
  {
    key: 'followUp',
    header: 'Follow-up date',
    width: 13,
    numberFormat: 'dd mmm yyyy',
    note: 'When the agreed actions are to be followed up. Past this date and not completed, the action shows Overdue.',
  },
  {
    key: 'actionDone',
    header: 'Action completed',
    width: 13,
    numberFormat: 'dd mmm yyyy',
    note: 'The date the actions were completed (or Yes).',
  },
  {
    key: 'actionStatus',
    header: 'Action status',
    width: 11,
    note: 'Worked out: Open, Overdue (past the follow-up date) or Done.',
    formula: (r) =>
      `=${actionStatusFormula({
        action: cell(SUPERVISION_LOG_COLUMNS, 'action', r),
        followUp: cell(SUPERVISION_LOG_COLUMNS, 'followUp', r),
        done: actionDoneFormula(cell(SUPERVISION_LOG_COLUMNS, 'actionDone', r)),
        asOf: SETTINGS_CELLS.asOf,
      })}`,
  },
  {
    key: 'countsAs',
    header: 'Counts as',
    width: 17,
    note: 'Worked out: the type this session counts as on the Coaches sheet.',
    formula: (r) => `=${supervisionTypeFormula(cell(SUPERVISION_LOG_COLUMNS, 'type', r))}`,
  },
];

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
