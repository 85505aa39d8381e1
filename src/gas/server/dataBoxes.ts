/**
 * Where a sheet's data is, as boxes that hold every cell with a value, so that one stray
 * value far down or far across (A384615, or ZZZ1) does not make Sheets send millions of empty
 * cells. Sheets has no "used range" of part of a sheet, but a text finder scoped to a range
 * says whether any cell there shows something (Range.createTextFinder, a regular expression
 * matching any character; formula cells are matched on what they show). A sheet too large to
 * read at once is cut in two and only the halves holding something are kept, until every box
 * left is small, or dense and within bounds: the calls grow with the number of separate islands of data and
 * the halvings (at most about 30 for Sheets' 10,000,000 cells), never with the empty space.
 */

import type { SheetBox } from '../common/stepTypes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet whose whole grid is at most this many cells is read as it is, in one go. */
export const READ_AS_IS_CELLS = 200_000;

/**
 * Past that, boxes are halved down to this size while one half is empty, so a stray value
 * costs a read of a few thousand cells at most; a box both of whose halves hold data is dense
 * enough to read whole (once it is within READ_AS_IS_CELLS).
 */
export const STRAY_BOX_CELLS = 4096;

/** Any character at all, so any cell that shows something matches. */
const ANYTHING = '[\\s\\S]';

function halves(box: SheetBox): [SheetBox, SheetBox] {
  if (box.rows >= box.cols) {
    const upper = Math.ceil(box.rows / 2);
    return [
      { ...box, rows: upper },
      { ...box, row: box.row + upper, rows: box.rows - upper },
    ];
  }
  const before = Math.ceil(box.cols / 2);
  return [
    { ...box, cols: before },
    { ...box, col: box.col + before, cols: box.cols - before },
  ];
}

/** True when some cell of the box shows a value (one text finder, one search). */
function holdsData(sheet: Sheet, box: SheetBox): boolean {
  const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
  return range.createTextFinder(ANYTHING).useRegularExpression(true).findNext() !== null;
}

/**
 * Boxes, top to bottom, that between them hold every cell of the sheet with a value (no cell
 * in two of them), each at most `readAsIs` cells. A sheet of usual size is one box, found in
 * one read; only a sheet too large to read at once is searched for its data.
 *
 * @example
 * sheetDataBoxes(sheet); // [{ row: 1, col: 1, rows: 41, cols: 12 }, { row: 384615, col: 1, rows: 1, cols: 12 }]
 */
export function sheetDataBoxes(sheet: Sheet, readAsIs = READ_AS_IS_CELLS): SheetBox[] {
  // One read for where the data ends (the last row and column as one range, not two calls);
  // its size is then the range's own. An empty sheet's data range is A1, read as one empty cell.
  const data = sheet.getDataRange();
  const rows = data.getNumRows();
  const cols = data.getNumColumns();
  const found: SheetBox[] = [];
  let round: SheetBox[] = [{ row: 1, col: 1, rows, cols }];
  if (rows * cols <= readAsIs) return round;
  while (round.length > 0) {
    const next: SheetBox[] = [];
    for (const box of round) {
      if (box.rows * box.cols <= STRAY_BOX_CELLS) {
        found.push(box);
        continue;
      }
      const full = halves(box).filter((half) => holdsData(sheet, half));
      if (full.length === 2 && box.rows * box.cols <= readAsIs) found.push(box);
      else next.push(...full);
    }
    round = next;
  }
  return found.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Takes up to `rows` rows from the front of a list of boxes: whole boxes, then the first rows
 * of the next one (a step of the sidebar's check reads one such piece).
 *
 * @example
 * takeRows([{ row: 1, col: 1, rows: 5000, cols: 12 }], 2000).taken; // [{ row: 1, col: 1, rows: 2000, cols: 12 }]
 */
export function takeRows(boxes: readonly SheetBox[], rows: number): { taken: SheetBox[]; rest: SheetBox[] } {
  const taken: SheetBox[] = [];
  let left = Math.max(1, rows);
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (box.rows <= left) {
      taken.push(box);
      left -= box.rows;
      if (left === 0) return { taken, rest: boxes.slice(i + 1) };
      continue;
    }
    taken.push({ ...box, rows: left });
    return { taken, rest: [{ ...box, row: box.row + left, rows: box.rows - left }, ...boxes.slice(i + 1)] };
  }
  return { taken, rest: [] };
}
