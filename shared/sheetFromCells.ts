/**
 * Building a read sheet (SheetData) from the cells a host found, in memory that grows with the
 * cells that hold data, not with the box around them: one stray value in XFD1048576 must not
 * make a grid of seventeen thousand million cells. Every host's `read` ends here.
 */
import type { CellValue, SheetData } from './workbook';

/**
 * The cells of one sheet as a host collects them (0-based sheet rows and columns), kept in
 * parallel lists so that millions of cells cost a few numbers each.
 *
 * @example
 * const cells = new SheetCells();
 * cells.add(0, 0, 'Name', null);
 */
export class SheetCells {
  readonly r: number[] = [];
  readonly c: number[] = [];
  readonly values: CellValue[] = [];
  readonly formulas: (string | null)[] = [];

  /** Adds one cell that holds a value or a formula. */
  add(row: number, col: number, value: CellValue, formula: string | null): void {
    this.r.push(row);
    this.c.push(col);
    this.values.push(value);
    this.formulas.push(formula);
  }

  get size(): number {
    return this.r.length;
  }
}

/** Below this many cells a sheet is always read as one box, as the spreadsheet shows it. */
const ALWAYS_BOX = 100_000;

function distinctSorted(list: readonly number[]): number[] {
  return [...new Set(list)].sort((a, b) => a - b);
}

/**
 * The sheet as one box from its top-left data cell (the used range), or, when that box
 * would be mostly empty and large, only its rows and columns that hold data (sparse).
 *
 * @example
 * sheetFromCells('Team', cells).values; // [['Name', 'Hours'], ['Sam', 12]]
 */
export function sheetFromCells(name: string, cells: SheetCells, alwaysBox = ALWAYS_BOX): SheetData {
  if (cells.size === 0) return { name, top: 0, left: 0, values: [], formulas: [] };
  const rows = distinctSorted(cells.r);
  const cols = distinctSorted(cells.c);
  const top = rows[0];
  const left = cols[0];
  const height = rows[rows.length - 1] - top + 1;
  const width = cols[cols.length - 1] - left + 1;
  const sparse = height * width > alwaysBox && height * width > 2 * rows.length * cols.length;
  const rowAt = sparse ? new Map(rows.map((r, i) => [r, i])) : null;
  const colAt = sparse ? new Map(cols.map((c, j) => [c, j])) : null;
  const h = sparse ? rows.length : height;
  const w = sparse ? cols.length : width;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = 0; i < h; i++) {
    values.push(new Array<CellValue>(w).fill(null));
    formulas.push(new Array<string | null>(w).fill(null));
  }
  for (let k = 0; k < cells.size; k++) {
    const i = rowAt ? (rowAt.get(cells.r[k]) as number) : cells.r[k] - top;
    const j = colAt ? (colAt.get(cells.c[k]) as number) : cells.c[k] - left;
    values[i][j] = cells.values[k];
    formulas[i][j] = cells.formulas[k];
  }
  return sparse ? { name, top, left, values, formulas, rows, columns: cols } : { name, top, left, values, formulas };
}
