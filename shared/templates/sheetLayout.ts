/**
 * How a template sheet is described: its columns (a ColumnSpec each, plus the formula a
 * computed column repeats on every row), and how they become the SheetSpec the hosts render.
 * Formulas point at columns by key through ./formulas/cellReferences.
 */
import type { ReadKey } from '../fields';
import type { ColumnSpec, HighlightRule, SheetSpec, WriteValue } from '../workbook';

/** A template column: an input the user fills in, or a formula repeated on every row. */
export interface TemplateColumn extends ColumnSpec {
  /** The formula for sheet row `row` (1-based, so the first data row is 2), with its "=". */
  formula?: (row: number) => string;
}

/** One data row, by field key (a misspelt key does not compile); keys left out are blank. */
export type RowValues = Readonly<Partial<Record<ReadKey, WriteValue>>>;

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
  return columns.map((c) => (c.formula ? { formula: c.formula(row) } : (values[c.key as ReadKey] ?? null)));
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
