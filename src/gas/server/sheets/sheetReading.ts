/**
 * Reading a sheet for the workbook port (sheetsWorkbook.ts), box by box of the places that hold
 * data (dataBoxes.ts): one getValues a box, and one getFormulas a box when formulas are wanted.
 * Sheets gives a formula's calculated value with the values, so the check reads most sheets as
 * values alone and the formulas of the few it needs afterwards, over the same boxes.
 */
import { presenceGrid } from '../../../../shared/check/read/checkValue';
import { SheetCells, sheetFromCells } from '../../../../shared/sheetFromCells';
import { columnIndex, rowIndex } from '../../../../shared/sheetPlaces';
import { sheetWithFormulas } from '../../../../shared/sheetWithFormulas';
import type { CellValue, SheetData } from '../../../../shared/workbook';
import type { SheetBox } from '../../common/stepTypes';
import { isDate } from '../sheetsDates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets gives "" for an empty cell; the port's readers expect null, as the other hosts give. */
function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  if (isDate(v) || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v as CellValue;
  return String(v);
}

/**
 * A sheet's cells from these boxes: values, and formulas too with `withFormulas` (their full
 * text, as the port's other readers expect); only the cells holding something are kept.
 *
 * @example
 * readSheet(sheet, 'Coaches', sheetDataBoxes(sheet), false); // { name: 'Coaches', values, formulas: all null }
 */
export function readSheet(sheet: Sheet, name: string, boxes: readonly SheetBox[], withFormulas: boolean): SheetData {
  const cells = new SheetCells();
  for (const box of boxes) {
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    const values = range.getValues();
    const formulas = withFormulas ? range.getFormulas() : [];
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const value = cellValue(v);
        const formula = formulas[i]?.[j] || null;
        if (value !== null || formula !== null) cells.add(box.row - 1 + i, box.col - 1 + j, value, formula);
      }),
    );
  }
  return sheetFromCells(name, cells);
}

/**
 * A box's formulas as the check reads them (presenceGrid): "=" for a formula, its text only
 * where the cell shows text starting "=", so a template's long per-row formulas are not kept.
 * What a cell shows is found in the values already read, by the box's place in the sheet.
 */
function presenceOnly(formulas: string[][], data: SheetData, box: SheetBox): (string | null)[][] {
  // The row of values is looked up once a row (a sparse sheet's is a search), not once a cell.
  let at = -1;
  let values: readonly CellValue[] | undefined;
  return presenceGrid(formulas, (i, j) => {
    if (i !== at) values = data.values[rowIndex(data, box.row - 1 + (at = i))];
    const c = columnIndex(data, box.col - 1 + j);
    return values && c >= 0 ? values[c] : null;
  });
}

/**
 * A sheet read as values alone, with its formulas added from the boxes its values came from:
 * one getFormulas a box, and nothing read again (neither where the data is nor the values).
 *
 * @example
 * formulasOver(sheet, coaches, boxes).formulas[1][9]; // '=' where Coaches' J2 holds a formula
 */
export function formulasOver(sheet: Sheet, data: SheetData, boxes: readonly SheetBox[]): SheetData {
  const blocks = boxes.map((box) => ({
    row: box.row - 1,
    col: box.col - 1,
    formulas: presenceOnly(sheet.getRange(box.row, box.col, box.rows, box.cols).getFormulas(), data, box),
  }));
  return sheetWithFormulas(data, blocks);
}
