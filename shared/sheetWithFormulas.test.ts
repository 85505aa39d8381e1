// A sheet read as values first and given its formulas afterwards is the sheet read with both at
// once: the same values, formulas and shape, for a plain box, a box with formulas below its
// records, and a sparse sheet with a stray value far away.
import { SheetCells, sheetFromCells } from './sheetFromCells';
import { sheetWithFormulas, type FormulaBlock } from './sheetWithFormulas';
import type { CellValue } from './workbook';

interface Cell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
}

/** The sheet as a host reading both at once gives it, as one reading values only gives it, and its formula blocks. */
function readBothWays(
  cells: readonly Cell[],
  boxes: readonly { row: number; col: number; rows: number; cols: number }[],
) {
  const both = new SheetCells();
  const valuesOnly = new SheetCells();
  for (const c of cells) {
    both.add(c.row, c.col, c.value, c.formula);
    if (c.value !== null) valuesOnly.add(c.row, c.col, c.value, null);
  }
  const at = new Map(cells.map((c) => [`${c.row},${c.col}`, c.formula]));
  const blocks: FormulaBlock[] = boxes.map((b) => ({
    row: b.row,
    col: b.col,
    formulas: Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.cols }, (_, j) => at.get(`${b.row + i},${b.col + j}`) ?? ''),
    ),
  }));
  return { both: sheetFromCells('Log', both), after: sheetWithFormulas(sheetFromCells('Log', valuesOnly), blocks) };
}

describe('sheetWithFormulas', () => {
  it('gives a box its formulas where they are, the values untouched', () => {
    const cells: Cell[] = [
      { row: 0, col: 0, value: 'Coach', formula: null },
      { row: 0, col: 1, value: 'Hours', formula: null },
      { row: 0, col: 2, value: 'Day load', formula: null },
      { row: 1, col: 0, value: 'Sam', formula: null },
      { row: 1, col: 1, value: 2, formula: null },
      { row: 1, col: 2, value: 'OK', formula: '=' },
    ];
    const { both, after } = readBothWays(cells, [{ row: 0, col: 0, rows: 2, cols: 3 }]);
    expect(after).toEqual(both);
    expect(after.formulas[1]).toEqual([null, null, '=']);
  });

  it('keeps formula cells that show nothing, below the last record, as the sheet holds them', () => {
    const cells: Cell[] = [
      { row: 0, col: 0, value: 'Coach', formula: null },
      { row: 0, col: 1, value: 'Day load', formula: null },
      { row: 1, col: 0, value: 'Sam', formula: null },
      { row: 1, col: 1, value: 'OK', formula: '=' },
      { row: 2, col: 1, value: null, formula: '=' },
      { row: 3, col: 1, value: null, formula: '=' },
    ];
    const { both, after } = readBothWays(cells, [{ row: 0, col: 0, rows: 4, cols: 2 }]);
    expect(after).toEqual(both);
    expect(after.values.length).toBe(4);
  });

  it('reads a sparse sheet (a stray far below) in the same shape, from several boxes', () => {
    const cells: Cell[] = [
      { row: 0, col: 0, value: 'Coach', formula: null },
      { row: 1, col: 0, value: 'Sam', formula: null },
      { row: 1, col: 1, value: 4, formula: '=' },
      { row: 380_000, col: 25, value: 'stray', formula: null },
      { row: 380_000, col: 24, value: null, formula: '=' },
    ];
    const boxes = [
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 380_000, col: 24, rows: 1, cols: 2 },
    ];
    const { both, after } = readBothWays(cells, boxes);
    expect(both.rows).toBeDefined();
    expect(after).toEqual(both);
  });

  it('gives an empty sheet no cells', () => {
    const { both, after } = readBothWays([], [{ row: 0, col: 0, rows: 1, cols: 1 }]);
    expect(after).toEqual(both);
    expect(after.values).toEqual([]);
  });
});
