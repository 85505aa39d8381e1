/**
 * The Supervision log: one row a supervision session. The last column reads the type as the
 * rules do (any accepted name, any case), so the Coaches sheet finds every session.
 */
import { SUPERVISION_LABELS } from '../rules/supervisionType';
import { NOT_RECOGNISED, supervisionTypeFormula } from '../rules/supervisionTypeFormula';
import { buildSheet, type RowValues, type TemplateColumn } from './sheetLayout';
import { cell } from './formulas/cellReferences';

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
  {
    key: 'format',
    header: 'Format',
    width: 9,
    list: SUPERVISION_FORMATS,
    note: 'Individual (1:1) or Group; a blank counts as individual. Only individual health coaching supervision sets its monthly due date: group sessions are counted beside it on Coaches (framework §4.2.2).',
  },
  { key: 'minutes', header: 'Minutes', width: 9, numberFormat: '0' },
  { key: 'notes', header: 'Notes', width: 30 },
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
    highlights: [{ column: 'countsAs', equals: NOT_RECOGNISED, style: 'bad' }],
  });
}
