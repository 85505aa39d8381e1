import ExcelJS from 'exceljs';
import { readCell } from './cellValues';

/** A cell as LibreOffice saves a recalculated file: a formula with its cached result, in a date column. */
function saved(formula: string, result: number | boolean): ExcelJS.Cell {
  const ws = new ExcelJS.Workbook().addWorksheet('Training');
  const cell = ws.getCell('F2');
  cell.value = { formula, result } as ExcelJS.CellFormulaValue;
  cell.numFmt = 'dd mmm yyyy';
  return cell;
}

describe('reading a cell of a file LibreOffice saved', () => {
  it('reads a typed TRUE or FALSE, saved as TRUE() or FALSE() with 1 or 0, as the value typed', () => {
    expect(readCell(saved('TRUE()', 1), false)).toEqual({ value: true, formula: null });
    expect(readCell(saved('false()', 0), false)).toEqual({ value: false, formula: null });
  });

  it('keeps every other formula a formula, with its cached result', () => {
    expect(readCell(saved('IF(A2="","",TRUE())', 1), false).formula).toBe('=IF(A2="","",TRUE())');
    expect(readCell(saved('TRUE()+1', 2), false).formula).toBe('=TRUE()+1');
  });
});
