/**
 * Reads a sheet's cells with data in blocks, each round trip within the payload budget.
 * The boxes that hold data are found first (dataBoxes.ts), so a stray value in a far corner
 * costs a few cells, not the whole used range. Several small boxes share a round trip, a
 * large one is read in blocks of rows. The first round trip is small and measured; later
 * ones are sized from the largest cells seen so far. If Excel still refuses a round trip as
 * too large, it is halved and asked for again. Only the cells that hold something are kept.
 */
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import type { SheetData } from '../../../shared/workbook';
import { fromExcelCell } from './cellEncoding';
import { type CellBox, dataBoxes } from './dataBoxes';
import type { ExcelRun } from '../functions/excelContext';
import { CELL_BUDGET, isPayloadTooLarge, jsonBytes, PAYLOAD_BUDGET_BYTES } from './payloadBudget';

/** Rows in the first, measuring round trip: enough to see typical cells, small enough to be safe. */
const FIRST_ROUND_ROWS = 200;

/** Takes up to `allowance` cells from the front of the queue: whole boxes, then rows of the next. */
function takeCells(queue: readonly CellBox[], allowance: number): { taken: CellBox[]; rest: CellBox[] } {
  const taken: CellBox[] = [];
  let left = allowance;
  let i = 0;
  for (; i < queue.length && left > 0; i++) {
    const box = queue[i];
    if (box.rows * box.cols <= left) {
      taken.push(box);
      left -= box.rows * box.cols;
      continue;
    }
    // At least one row, so a round trip always reads something.
    const rows = Math.max(taken.length === 0 ? 1 : 0, Math.floor(left / box.cols));
    if (rows > 0) taken.push({ ...box, rows });
    return {
      taken,
      rest: [...(rows > 0 ? [{ ...box, top: box.top + rows, rows: box.rows - rows }] : [box]), ...queue.slice(i + 1)],
    };
  }
  return { taken, rest: queue.slice(i) };
}

/** Values and formulas of several boxes in one round trip, with the bytes Excel sent back. */
async function readBoxes(run: ExcelRun, sheet: string, boxes: readonly CellBox[], into: SheetCells): Promise<number> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ranges = boxes.map((b) => {
      const range = ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
      // Formulas too: the check must tell a value typed in from a formula's result.
      range.load('values, formulas');
      return range;
    });
    await context.sync();
    let bytes = 0;
    ranges.forEach((range, k) => {
      const values = range.values as unknown[][];
      const formulas = range.formulas as unknown[][];
      bytes += jsonBytes(values) + jsonBytes(formulas);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = fromExcelCell(v, formulas[r]?.[c]);
          if (cell.value !== null || cell.formula !== null)
            into.add(boxes[k].top + r, boxes[k].left + c, cell.value, cell.formula);
        }),
      );
    });
    return bytes;
  });
}

/**
 * A sheet's cells with data as the port gives it, read in as many round trips as they need.
 *
 * @example
 * await readInBlocks(excelRun, 'Hours log'); // { name: 'Hours log', top: 0, left: 0, values: [...], formulas: [...] }
 */
export async function readInBlocks(run: ExcelRun, sheet: string): Promise<SheetData> {
  const cells = new SheetCells();
  let queue = await dataBoxes(run, sheet);
  let bytesPerCell = 0;
  let refusedAt = Infinity;
  while (queue.length > 0) {
    const byBytes =
      bytesPerCell === 0 ? FIRST_ROUND_ROWS * queue[0].cols : Math.floor((PAYLOAD_BUDGET_BYTES * 0.8) / bytesPerCell);
    const { taken, rest } = takeCells(queue, Math.max(1, Math.min(byBytes, CELL_BUDGET, refusedAt)));
    const count = taken.reduce((n, b) => n + b.rows * b.cols, 0);
    let bytes: number;
    try {
      bytes = await readBoxes(run, sheet, taken, cells);
    } catch (e) {
      if (!isPayloadTooLarge(e) || count === taken[0].cols) throw e;
      refusedAt = Math.ceil(count / 2);
      continue;
    }
    queue = rest;
    refusedAt = Infinity;
    bytesPerCell = Math.max(bytesPerCell, bytes / count);
  }
  return sheetFromCells(sheet, cells);
}
