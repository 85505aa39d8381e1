/**
 * Appending rows to a template sheet without overwriting anything: rows go below the last row
 * that has any typed-in value, input cells are written only where they are blank, and formula
 * cells only on rows that do not have them yet (beyond the pre-filled formula rows).
 */
import { columnIndex, rowIndex, sheetRow } from '../sheetPlaces';
import type { CellValue, SheetData, WorkbookPort, WriteValue } from '../workbook';
import { templateRow, type RowValues, type TemplateColumn } from './sheetLayout';

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/** A cell of a read sheet by its position on the sheet (0-based), whatever the used range. */
function at(data: SheetData, row: number, col: number): { value: CellValue; formula: string | null } {
  const r = rowIndex(data, row);
  const c = columnIndex(data, col);
  return { value: data.values[r]?.[c] ?? null, formula: data.formulas[r]?.[c] ?? null };
}

/** The 0-based sheet row below the last row with a typed-in value (at least 1, under the header). */
function firstFreeRow(data: SheetData, inputs: number): number {
  // Only the rows read: a sparse sheet (a stray far value) skips its empty rows.
  for (let i = data.values.length - 1; i >= 0 && sheetRow(data, i) >= 1; i--) {
    const row = sheetRow(data, i);
    for (let col = 0; col < inputs; col++) if (!blank(at(data, row, col).value)) return row + 1;
  }
  return 1;
}

/**
 * Appends rows to a template sheet already read as `data`; gives the 1-based rows written.
 * The typed-in columns must come first, as they do on every template sheet.
 *
 * @example
 * await appendRows(port, await port.read('Training'), TRAINING_COLUMNS, rows); // { first: 177, last: 201 }
 */
export async function appendRows(
  port: WorkbookPort,
  data: SheetData,
  columns: readonly TemplateColumn[],
  rows: readonly RowValues[],
): Promise<{ first: number; last: number }> {
  const inputs = columns.findIndex((c) => c.formula !== undefined);
  const start = firstFreeRow(data, inputs < 0 ? columns.length : inputs);
  const hasFormulas = (row: number) =>
    columns.some((c, col) => c.formula && !blank(at(data, row, col).formula ?? at(data, row, col).value));
  // Consecutive rows that alike have (or lack) their formulas are written in one block.
  let i = 0;
  while (i < rows.length) {
    const prefilled = hasFormulas(start + i);
    let j = i;
    while (j < rows.length && hasFormulas(start + j) === prefilled) j++;
    const block: WriteValue[][] = rows
      .slice(i, j)
      .map((values, k) => templateRow(columns, start + i + k + 1, values))
      .map((row) => (prefilled ? row.slice(0, inputs) : row));
    await port.write(data.name, { row: start + i, col: 0 }, block);
    i = j;
  }
  return { first: start + 1, last: start + rows.length };
}
