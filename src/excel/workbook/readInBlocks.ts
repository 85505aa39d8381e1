/**
 * Reads a sheet's used range in blocks of rows, each round trip within the payload budget.
 * The first block is small and measured; later blocks are sized from the longest rows seen so
 * far. If Excel still refuses a block as too large, the block is halved and asked for again.
 */
import type { CellValue, SheetData } from '../../../shared/workbook';
import { fromExcelCell } from './cellEncoding';
import type { ExcelRun } from '../functions/excelContext';
import { isPayloadTooLarge, jsonBytes, rowsWithinBudget } from './payloadBudget';

/** Rows in the first, measuring block: enough to see a typical row, small enough to be safe. */
const FIRST_BLOCK_ROWS = 200;

interface UsedShape {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

async function usedShape(run: ExcelRun, sheet: string): Promise<UsedShape | null> {
  return run(async (context) => {
    // Values only: the formats a template lays down 200 rows ahead are not data.
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    await context.sync();
    if (used.isNullObject) return null;
    return { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  });
}

async function readBlock(run: ExcelRun, sheet: string, shape: UsedShape, first: number, rows: number) {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const range = ws.getRangeByIndexes(shape.top + first, shape.left, rows, shape.cols);
    // Formulas too: the check must tell a value typed in from a formula's result.
    range.load('values, formulas');
    await context.sync();
    return { values: range.values as unknown[][], formulas: range.formulas as unknown[][] };
  });
}

/**
 * A sheet's used range as the port gives it, read in as many round trips as its size needs.
 *
 * @example
 * await readInBlocks(excelRun, 'Hours log'); // { name: 'Hours log', top: 0, left: 0, values: [...], formulas: [...] }
 */
export async function readInBlocks(run: ExcelRun, sheet: string): Promise<SheetData> {
  const shape = await usedShape(run, sheet);
  const data: SheetData = { name: sheet, top: shape?.top ?? 0, left: shape?.left ?? 0, values: [], formulas: [] };
  if (!shape) return data;
  let size = Math.min(FIRST_BLOCK_ROWS, rowsWithinBudget(0, shape.cols));
  let bytesPerRow = 0;
  for (let first = 0; first < shape.rows;) {
    const rows = Math.min(size, shape.rows - first);
    let block: { values: unknown[][]; formulas: unknown[][] };
    try {
      block = await readBlock(run, sheet, shape, first, rows);
    } catch (e) {
      if (!isPayloadTooLarge(e) || rows === 1) throw e;
      size = Math.ceil(rows / 2);
      continue;
    }
    block.values.forEach((row, r) => {
      const cells = row.map((v, c) => fromExcelCell(v, block.formulas[r]?.[c]));
      data.values.push(cells.map((cell): CellValue => cell.value));
      data.formulas.push(cells.map((cell) => cell.formula));
    });
    first += rows;
    bytesPerRow = Math.max(bytesPerRow, (jsonBytes(block.values) + jsonBytes(block.formulas)) / rows);
    size = rowsWithinBudget(bytesPerRow, shape.cols);
  }
  return data;
}
