// A sheet gathered from steps reads as the port's own read would: cells at their places on the
// sheet, Dates again where { ms } crossed, formulas beside values, and the boxes kept in order.
import { sheetRow } from '../../../shared/sheetPlaces';
import type { RowBlock } from '../common/stepTypes';
import { SheetInSteps } from './sheetInSteps';

const first: RowBlock = {
  pieces: [
    {
      box: { row: 1, col: 1, rows: 2, cols: 3 },
      values: [
        ['Date', 'Coach', 'Minutes'],
        [{ ms: 0 }, 'Sam', 60],
      ],
      formulas: [],
    },
  ],
  rest: [{ row: 3, col: 1, rows: 2, cols: 3 }],
};
const second: RowBlock = {
  pieces: [
    {
      box: { row: 3, col: 1, rows: 2, cols: 3 },
      values: [
        [null, null, null],
        [{ ms: 86_400_000 }, 'Ali', 90],
      ],
      formulas: [
        [null, null, null],
        [null, null, '='],
      ],
    },
  ],
  rest: [],
};

describe('SheetInSteps', () => {
  it('keeps each step and answers the boxes still to read', () => {
    const gathered = new SheetInSteps('Hours log');
    expect(gathered.take(first)).toEqual(first.rest);
    expect(gathered.take(second)).toEqual([]);
    expect(gathered.rows).toBe(4);
    expect(gathered.boxes).toEqual([first.pieces[0].box, second.pieces[0].box]);
  });

  it('gives the sheet with its Dates again and its formulas, each cell at its place', () => {
    const gathered = new SheetInSteps('Hours log');
    gathered.take(first);
    gathered.take(second);
    const data = gathered.data();
    expect(data.name).toBe('Hours log');
    const last = data.values.length - 1;
    expect(sheetRow(data, last)).toBe(3);
    expect(data.values[last]).toEqual([new Date(86_400_000), 'Ali', 90]);
    expect(data.formulas[last]).toEqual([null, null, '=']);
    expect(data.values[1][0]).toEqual(new Date(0));
  });
});
