/**
 * Where each row and column of a read sheet sits on the sheet. Most sheets are read as one
 * box from `top`/`left`; a sheet with a stray value far from the rest (a cell in XFD1048576)
 * is read sparse instead, holding only the rows and columns that have data, with their sheet
 * positions listed (SheetData.rows/columns). Everything that turns a position in `values`
 * into a row number or column letter asks here, so both shapes read the same.
 */
import type { SheetData } from './workbook';

/**
 * The 0-based sheet row of row `i` of `values`.
 *
 * @example
 * sheetRow({ name: 'Team', top: 2, left: 0, values: [[]], formulas: [[]] }, 0); // 2
 */
export function sheetRow(data: SheetData, i: number): number {
  return data.rows ? data.rows[i] : data.top + i;
}

/**
 * The 0-based sheet column of column `j` of `values`.
 *
 * @example
 * sheetColumn({ name: 'Team', top: 0, left: 1, values: [[]], formulas: [[]] }, 0); // 1
 */
export function sheetColumn(data: SheetData, j: number): number {
  return data.columns ? data.columns[j] : data.left + j;
}

/** The index of `target` in an ascending list, or of the first entry above it (binary search). */
function firstAtOrAfter(list: readonly number[], target: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index in `values` of a 0-based sheet row, or -1 when that row was not read (empty).
 *
 * @example
 * rowIndex({ name: 'Team', top: 2, left: 0, values: [[], []], formulas: [[], []] }, 3); // 1
 */
export function rowIndex(data: SheetData, row: number): number {
  if (!data.rows) return row - data.top >= 0 && row - data.top < data.values.length ? row - data.top : -1;
  const i = firstAtOrAfter(data.rows, row);
  return data.rows[i] === row ? i : -1;
}

/**
 * The index in `values` of a 0-based sheet column, or -1 when that column was not read.
 *
 * @example
 * columnIndex({ name: 'Team', top: 0, left: 1, values: [['a', 'b']], formulas: [[null, null]] }, 2); // 1
 */
export function columnIndex(data: SheetData, col: number): number {
  if (!data.columns) {
    const width = data.values[0]?.length ?? 0;
    return col - data.left >= 0 && col - data.left < width ? col - data.left : -1;
  }
  const j = firstAtOrAfter(data.columns, col);
  return data.columns[j] === col ? j : -1;
}

/**
 * The first index in `values` whose sheet row is `row` or below (values.length when none).
 *
 * @example
 * firstRowFrom({ name: 'Team', top: 0, left: 0, values: [[], [], []], formulas: [] }, 1); // 1
 */
export function firstRowFrom(data: SheetData, row: number): number {
  if (!data.rows) return Math.min(data.values.length, Math.max(0, row - data.top));
  return firstAtOrAfter(data.rows, row);
}

/**
 * How many columns the widest row of `values` has (a loop, not a spread: a sheet may have
 * more rows than a function may take arguments).
 *
 * @example
 * gridWidth({ name: 'T', top: 0, left: 0, values: [[1], [1, 2]], formulas: [] }); // 2
 */
export function gridWidth(data: SheetData): number {
  let width = 0;
  for (const row of data.values) if (row.length > width) width = row.length;
  return width;
}
