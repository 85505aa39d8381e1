/**
 * How a template sheet is described: its columns (a ColumnSpec each, plus the formula a
 * computed column repeats on every row) and helpers that turn column keys into A1 references,
 * so formulas on one sheet can point at another sheet's columns by name.
 */
import { columnLetter, type ColumnSpec, type HighlightRule, type SheetSpec, type WriteValue } from '../workbook';

/** A template column: an input the user fills in, or a formula repeated on every row. */
export interface TemplateColumn extends ColumnSpec {
  /** The formula for sheet row `row` (1-based, so the first data row is 2), with its "=". */
  formula?: (row: number) => string;
}

/** One data row, by column key; keys left out are blank. */
export type RowValues = Readonly<Record<string, WriteValue>>;

/**
 * The sheet name as it must appear before "!" in a formula, quoted when it holds a space.
 *
 * @example
 * sheetPrefix('Hours log'); // "'Hours log'!"
 * sheetPrefix('Coaches');   // 'Coaches!'
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * The 0-based position of a column, or an error naming the sheet's columns.
 *
 * @example
 * columnIndex(COACHES_COLUMNS, 'id'); // 0
 */
export function columnIndex(columns: readonly ColumnSpec[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`No column "${key}" among ${columns.map((c) => c.key).join(', ')}.`);
  return i;
}

/**
 * A cell on the same sheet, relative: `cell(COACHES_COLUMNS, 'start', 2)` is 'D2'.
 *
 * @example
 * cell(COACHES_COLUMNS, 'start', 2); // 'D2'
 */
export function cell(columns: readonly ColumnSpec[], key: string, row: number): string {
  return `${columnLetter(columnIndex(columns, key))}${row}`;
}

/**
 * A whole column on another (or the same) sheet, absolute: `'Hours log'!$E:$E`.
 *
 * @example
 * wholeColumn('Hours log', HOURS_LOG_COLUMNS, 'hours'); // "'Hours log'!$E:$E"
 */
export function wholeColumn(sheet: string, columns: readonly ColumnSpec[], key: string): string {
  const letter = columnLetter(columnIndex(columns, key));
  return `${sheetPrefix(sheet)}$${letter}:$${letter}`;
}

/**
 * A whole column on the formula's own sheet, absolute: `$B:$B`.
 *
 * @example
 * ownColumn(HOURS_LOG_COLUMNS, 'coach'); // '$B:$B'
 */
export function ownColumn(columns: readonly ColumnSpec[], key: string): string {
  const letter = columnLetter(columnIndex(columns, key));
  return `$${letter}:$${letter}`;
}

/**
 * A cell on another sheet: `Coaches!A7`, or with `absolute` `Coaches!$A$2`.
 *
 * @example
 * sheetCell('Coaches', COACHES_COLUMNS, 'id', 2, true); // 'Coaches!$A$2'
 */
export function sheetCell(sheet: string, columns: readonly ColumnSpec[], key: string, row: number, absolute = false) {
  const letter = columnLetter(columnIndex(columns, key));
  return absolute ? `${sheetPrefix(sheet)}$${letter}$${row}` : `${sheetPrefix(sheet)}${letter}${row}`;
}

/**
 * A fixed block of one column on the formula's own sheet: `$H$2:$H$91`.
 *
 * @example
 * ownRange(COMPETENCIES_COLUMNS, 'neededFrom', 2, 91); // '$H$2:$H$91'
 */
export function ownRange(columns: readonly ColumnSpec[], key: string, first: number, last: number): string {
  const letter = columnLetter(columnIndex(columns, key));
  return `$${letter}$${first}:$${letter}$${last}`;
}

/** What makes one sheet, apart from its columns. */
export interface SheetOptions {
  name: string;
  columns: readonly TemplateColumn[];
  /** Data rows (sample team, new hire); formulas fill every row up to `formulaRows`. */
  data?: readonly RowValues[];
  /** How many rows get formulas even when they hold no data yet. */
  formulaRows: number;
  filter?: boolean;
  highlights?: readonly HighlightRule[];
}

/**
 * One data row as written: inputs from `values`, formulas for computed columns.
 *
 * @example
 * templateRow(COACHES_COLUMNS, 2, { id: 'HWBC-001' })[0]; // 'HWBC-001'
 */
export function templateRow(columns: readonly TemplateColumn[], row: number, values: RowValues = {}): WriteValue[] {
  return columns.map((c) => (c.formula ? { formula: c.formula(row) } : (values[c.key] ?? null)));
}

/**
 * The SheetSpec the hosts render: header, one row per data row or formula row, formats
 * covering every row, the header row frozen.
 *
 * @example
 * buildSheet({ name: 'Hours log', columns: HOURS_LOG_COLUMNS, formulaRows: 2000 });
 */
export function buildSheet(o: SheetOptions): SheetSpec {
  const data = o.data ?? [];
  const count = Math.max(o.formulaRows, data.length);
  const rows = Array.from({ length: count }, (_, i) => templateRow(o.columns, i + 2, data[i]));
  return {
    name: o.name,
    // Plain data only: the formula builders stay here, the hosts get column specs.
    columns: o.columns.map(({ formula: _formula, ...spec }) => spec),
    rows,
    formatRows: count,
    frozenRows: 1,
    filter: o.filter ?? true,
    highlights: o.highlights ?? [],
  };
}
