/**
 * The Monthly summary's supervision columns (docs/rules.md §8): supervision received in the
 * month by type (line management, clinical, health coaching) and format (one to one, group),
 * counted from the Supervision log read down to its last dated row.
 */
import { type MonthCells, supervisionReceivedFormula } from '../../rules/caseload/monthlyFiguresFormula';
import { SUPERVISION_LABELS, type SupervisionType } from '../../rules/supervision/supervisionType';
import { wholeColumn } from '../formulas/cellReferences';
import { lastDatedRowFormula, rowsRead } from '../formulas/datedRows';
import type { TemplateColumn } from '../sheetLayout';
import { SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS } from './supervisionLogSheet';

/** What a supervision column's formula needs of the summary's own row. */
export interface SummaryRow {
  /** The formula of row `r`: blank on a row without a coach, else `body`. */
  forRow(r: number, body: string): string;
  /** The row's month start, coach ID and the as-of date. */
  month(r: number): MonthCells;
  /** The cell holding the Supervision log's last dated row, absolute ('$S$2'). */
  supervisionRows(): string;
}

/** The types in the order the columns stand. */
const TYPES: readonly SupervisionType[] = ['line', 'clinical', 'coaching'];

const supervision = (key: string) => wholeColumn(SUPERVISION_LOG, SUPERVISION_LOG_COLUMNS, key);

function columnsOf(type: SupervisionType, row: SummaryRow): TemplateColumn[] {
  // Built when a formula is written: the ranges name a cell of the summary's own columns.
  const log = () => {
    const used = (key: string) => rowsRead(supervision(key), row.supervisionRows());
    return { date: used('date'), coach: used('coach'), type: used('type'), format: used('format') };
  };
  return (['individual', 'group'] as const).map((format) => ({
    key: `${type}${format === 'group' ? 'Group' : 'Individual'}`,
    header: `${SUPERVISION_LABELS[type]} supervision, ${format}`,
    width: 13,
    numberFormat: '0',
    note: `${SUPERVISION_LABELS[type]} sessions received in the month, ${format === 'group' ? 'in a group' : 'one to one (a blank format counts as one to one)'}.`,
    formula: (r: number) => row.forRow(r, supervisionReceivedFormula(type, format, log(), row.month(r))),
  }));
}

/**
 * The six supervision columns, one to one and group for each type in turn.
 *
 * @example
 * supervisionReceivedColumns(row).map((c) => c.key).slice(0, 2); // ['lineIndividual', 'lineGroup']
 */
export function supervisionReceivedColumns(row: SummaryRow): TemplateColumn[] {
  return TYPES.flatMap((type) => columnsOf(type, row));
}

/**
 * The worked-out-once cell holding the Supervision log's last dated row, which the six
 * columns read down to.
 *
 * @example
 * SUPERVISION_ROWS_READ.key; // 'supervisionRows'
 */
export const SUPERVISION_ROWS_READ: TemplateColumn = {
  key: 'supervisionRows',
  header: 'Supervision log rows read',
  width: 10,
  note: 'Worked out once: the Supervision log is read down to its last dated row, however long it grows.',
  formula: () => lastDatedRowFormula(supervision('date')),
};
