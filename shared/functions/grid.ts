import { HwbcError } from '../values/errors';
import { RULE_MESSAGES } from '../values/messages';

/**
 * A value a host can hand over for one cell. NaN, Infinity and invalid Dates pass here on
 * purpose: they are bad cells, reported in their own cell by the readers, not a reason to
 * fail the whole range. Checked with `typeof` in one pass over the range (a schema library
 * checking a million cells took longer than the rules themselves).
 */
function isCellValue(v: unknown): boolean {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || v === null || v === undefined || v instanceof Date;
}

/** Rows of cells, all of one length: that length, -1 when a cell is not a cell value, -2
 * when the rows differ in length. */
function rowLength(rows: readonly unknown[]): number {
  const cols = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) return -1;
    for (let c = 0; c < row.length; c++) if (!isCellValue(row[c])) return -1;
    if (row.length !== cols) return -2;
  }
  return cols;
}

/** One argument seen as a grid, and whether the host passed a single value. */
export interface ArgGrid {
  rows: number;
  cols: number;
  at(r: number, c: number): unknown;
  single: boolean;
}

/**
 * Views any argument as a grid: a single value is a 1×1 grid that repeats across the
 * result (as a spreadsheet broadcasts a single cell against a range).
 *
 * @example
 * toGrid([[1], [2]]).rows; // 2
 */
export function toGrid(value: unknown): ArgGrid {
  if (!Array.isArray(value)) return { rows: 1, cols: 1, at: () => value, single: true };
  const rows = Array.isArray(value[0]) ? value : [value];
  const cols = rowLength(rows);
  if (cols === -1 || cols === 0 || rows.length === 0) {
    throw new HwbcError('VALUE', 'a range argument must be rows of cell values');
  }
  if (cols === -2) throw new HwbcError('VALUE', 'every row of a range must have the same length');
  const grid = rows as unknown[][];
  const oneCell = grid.length === 1 && cols === 1;
  return {
    rows: grid.length,
    cols,
    at: (r, c) => grid[oneCell ? 0 : r][oneCell ? 0 : c],
    single: false,
  };
}

/**
 * The shape of the result: every range must be that size, or a single cell.
 *
 * @example
 * resultShape([toGrid(1), toGrid([[1], [2]])]); // { rows: 2, cols: 1 }
 */
export function resultShape(grids: readonly ArgGrid[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    if (g.rows === 1 && g.cols === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = g.rows;
      cols = g.cols;
    } else if (g.rows !== rows || g.cols !== cols) {
      throw new HwbcError('VALUE', RULE_MESSAGES.shapeMismatch(`${rows}×${cols}`, `${g.rows}×${g.cols}`));
    }
  }
  return { rows, cols };
}
