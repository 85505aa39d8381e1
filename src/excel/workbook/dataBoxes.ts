/**
 * Where a sheet's data is, as a few boxes that hold every cell with a value, however far
 * apart: one stray value in XFD1048576 makes the sheet's used range seventeen thousand million
 * cells, of which perhaps ten thousand hold data. Excel tells the used range of any range
 * (`Range.getUsedRangeOrNullObject(true)`, ExcelApi 1.4), so a box too large to read is cut in
 * two and each half shrunk to its own used range, again and again, until every box left is
 * small enough to read. Each round is one `context.sync()` for all the boxes of that round, so
 * a far stray cell costs a round or two, and the round trips grow with the number of
 * separate islands of data, never with the size of the empty space between them.
 */
import type { ExcelRun } from '../functions/excelContext';

/** A box of cells, 0-based, as `getRangeByIndexes` takes it. */
export interface CellBox {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A box of at most this many cells is read as it is, even if partly empty. */
export const READ_AS_IS_CELLS = 1_000_000;

/** The most used ranges asked for in one round trip (each answer is a few dozen bytes). */
const BOXES_PER_ROUND = 2000;

/** Halves a box across its longer side. */
function halves(box: CellBox): [CellBox, CellBox] {
  if (box.rows >= box.cols) {
    const upper = Math.ceil(box.rows / 2);
    return [
      { ...box, rows: upper },
      { ...box, top: box.top + upper, rows: box.rows - upper },
    ];
  }
  const before = Math.ceil(box.cols / 2);
  return [
    { ...box, cols: before },
    { ...box, left: box.left + before, cols: box.cols - before },
  ];
}

/** The used range (values only) of each box, or null for a box with no value, in one round trip. */
async function usedRanges(run: ExcelRun, sheet: string, boxes: readonly CellBox[]): Promise<(CellBox | null)[]> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // Values only: the formats a template lays down 200 rows ahead are not data.
    const used = boxes.map((b) => {
      const range =
        b.rows < 0
          ? ws.getUsedRangeOrNullObject(true)
          : ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols).getUsedRangeOrNullObject(true);
      range.load('rowIndex, columnIndex, rowCount, columnCount');
      return range;
    });
    await context.sync();
    return used.map((u) =>
      u.isNullObject ? null : { top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount },
    );
  });
}

/**
 * Boxes, top to bottom, that between them hold every cell of the sheet with a value (no
 * cell in two of them), each at most `readAsIs` cells; none when the sheet is empty.
 *
 * @example
 * await dataBoxes(run, 'Coaches'); // [{ top: 0, left: 0, rows: 41, cols: 12 }, { top: 1048575, left: 16383, rows: 1, cols: 1 }]
 */
export async function dataBoxes(run: ExcelRun, sheet: string, readAsIs = READ_AS_IS_CELLS): Promise<CellBox[]> {
  const found: CellBox[] = [];
  // The whole sheet's used range first (a negative size asks for the worksheet's own).
  let round: CellBox[] = [{ top: 0, left: 0, rows: -1, cols: -1 }];
  while (round.length > 0) {
    const next: CellBox[] = [];
    for (let i = 0; i < round.length; i += BOXES_PER_ROUND) {
      for (const box of await usedRanges(run, sheet, round.slice(i, i + BOXES_PER_ROUND))) {
        if (!box) continue;
        if (box.rows * box.cols <= readAsIs) found.push(box);
        else next.push(...halves(box));
      }
    }
    round = next;
  }
  return found.sort((a, b) => a.top - b.top || a.left - b.left);
}
