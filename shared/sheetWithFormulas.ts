/**
 * A sheet read as values alone, given its formulas afterwards: Google Sheets shows a formula
 * cell's calculated value, so the check reads most sheets' values only and asks for formulas
 * only where it needs them (shared/check/formulasNeeded.ts), with a read of their own.
 */
import { rowIndex, columnIndex } from './sheetPlaces';
import { SheetCells, sheetFromCells } from './sheetFromCells';
import type { CellValue, SheetData } from './workbook';

/**
 * The formulas of one block of a sheet: its top-left cell (0-based sheet row and column) and
 * each cell's formula as read, null (or "") for none.
 *
 * @example
 * const block: FormulaBlock = { row: 0, col: 0, formulas: [[null, '=B1*2']] };
 */
export interface FormulaBlock {
  row: number;
  col: number;
  formulas: readonly (readonly (string | null)[])[];
}

/**
 * The sheet with its formulas: the same values, and the formula of every cell the blocks give.
 * The blocks are the boxes the values were read from, so they hold every cell with a value; a
 * formula cell that shows nothing joins the sheet, as it would had both been read together
 * (the template's formulas run below its records, and the check counts the rows they reach).
 *
 * @example
 * sheetWithFormulas({ name: 'Log', top: 0, left: 0, values: [[2, 4]], formulas: [[null, null]] },
 *   [{ row: 0, col: 0, formulas: [[null, '=']] }]).formulas; // [[null, '=']]
 */
export function sheetWithFormulas(data: SheetData, blocks: readonly FormulaBlock[]): SheetData {
  const cells = new SheetCells();
  for (const block of blocks) {
    const cols = block.formulas[0]?.length ?? 0;
    const at = Array.from({ length: cols }, (_, j) => columnIndex(data, block.col + j));
    block.formulas.forEach((formulas, i) => {
      const row = block.row + i;
      const values = data.values[rowIndex(data, row)] as CellValue[] | undefined;
      for (let j = 0; j < cols; j++) {
        const value = values && at[j] >= 0 ? (values[at[j]] ?? null) : null;
        const formula = formulas[j] || null;
        if (value !== null || formula !== null) cells.add(row, block.col + j, value, formula);
      }
    });
  }
  return sheetFromCells(data.name, cells);
}
