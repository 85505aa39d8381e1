// Issue 2 §3: any argument may be a range; the result has the same shape, a single cell
// repeats against a range, and ranges of different sizes are refused.
import { HwbcError } from '../values/errors';
import { resultShape, toGrid } from './grid';

describe('toGrid', () => {
  it('sees a single value as a 1×1 grid that repeats', () => {
    const g = toGrid(42);
    expect(g).toMatchObject({ rows: 1, cols: 1, single: true });
    expect(g.at(5, 3)).toBe(42);
  });

  it('sees rows of cells as a grid', () => {
    const g = toGrid([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(g).toMatchObject({ rows: 2, cols: 3, single: false });
    expect(g.at(1, 2)).toBe(6);
  });

  it('sees a one-cell range as repeating, like a single value', () => {
    const g = toGrid([['line']]);
    expect(g).toMatchObject({ rows: 1, cols: 1, single: false });
    expect(g.at(3, 0)).toBe('line');
  });

  it('sees a flat list as one row', () => {
    expect(toGrid([1, 2, 3])).toMatchObject({ rows: 1, cols: 3 });
  });

  it('takes bad cells (NaN, Infinity, invalid Dates) as cells, to be refused one by one', () => {
    const g = toGrid([[NaN], [Infinity], [new Date(NaN)], [null], [undefined], [true]]);
    expect(g.rows).toBe(6);
    expect(Number.isNaN(g.at(0, 0))).toBe(true);
  });

  it.each([[[]], [[[]]], [[[1], [2, 3]]], [[[{ a: 1 }]]], [[[[1]]]]])('refuses the range %j', (range) => {
    expect(() => toGrid(range)).toThrow(HwbcError);
  });
});

describe('resultShape', () => {
  it('is the size of the ranges, single cells repeating', () => {
    expect(resultShape([toGrid(1), toGrid([[1], [2]])])).toEqual({ rows: 2, cols: 1 });
    expect(resultShape([toGrid([[1, 2]]), toGrid('x'), toGrid([[3, 4]])])).toEqual({ rows: 1, cols: 2 });
    expect(resultShape([toGrid(1), toGrid(2)])).toEqual({ rows: 1, cols: 1 });
    expect(resultShape([])).toEqual({ rows: 1, cols: 1 });
  });

  it('refuses ranges of different sizes, naming both', () => {
    expect(() => resultShape([toGrid([[1], [2]]), toGrid([[1], [2], [3]])])).toThrow(/2×1.*3×1/);
    expect(() => resultShape([toGrid([[1], [2]]), toGrid([[1, 2]])])).toThrow(HwbcError);
  });
});
