/**
 * Finding where a sheet's data is without reading its empty space: boxes that hold every cell
 * with a value, each small enough to read, found in a few round trips.
 */
import { dataBoxes } from '../../src/excel/workbook/dataBoxes';
import { readInBlocks } from '../../src/excel/workbook/readInBlocks';
import { FakeExcel } from '../support/officeFakes';

const team = [
  ['Name', 'Hours'],
  ['Sam', 12],
  ['Kit', 30],
];

describe('the boxes that hold a sheet’s data', () => {
  it('are the table and the far cell, found in two round trips', async () => {
    const excel = new FakeExcel([{ name: 'Team', values: team, far: [{ row: 1048575, col: 16383, value: 'x' }] }]);
    expect(await dataBoxes(excel.host().run, 'Team')).toEqual([
      { top: 0, left: 0, rows: 3, cols: 2 },
      { top: 1048575, left: 16383, rows: 1, cols: 1 },
    ]);
    expect(excel.syncs).toBe(2);
  });

  it('are the used range alone, in one round trip, when it is small enough to read', async () => {
    const excel = new FakeExcel([{ name: 'Team', values: team, rowIndex: 2, columnIndex: 1 }]);
    expect(await dataBoxes(excel.host().run, 'Team')).toEqual([{ top: 2, left: 1, rows: 3, cols: 2 }]);
    expect(excel.syncs).toBe(1);
  });

  it('are none for an empty sheet', async () => {
    const excel = new FakeExcel([{ name: 'Empty', values: [] }]);
    expect(await dataBoxes(excel.host().run, 'Empty')).toEqual([]);
  });

  it('hold forty values scattered across the sheet, each read, in a bounded number of round trips', async () => {
    const far = Array.from({ length: 40 }, (_, i) => ({ row: 26_000 * i + 7, col: 400 * i + 3, value: `v${i}` }));
    const excel = new FakeExcel([{ name: 'Scattered', values: [], far }]);
    const data = await readInBlocks(excel.host().run, 'Scattered');
    const found = data.values.flatMap((row, i) =>
      row.flatMap((v, j) => (v === null ? [] : [{ row: data.rows?.[i], col: data.columns?.[j], value: v }])),
    );
    expect(found).toEqual(far);
    // log2 of the sheet's 17,179,869,184 cells is 34: at most one round per halving, and the reads.
    expect(excel.syncs).toBeLessThanOrEqual(40);
    expect(excel.payload.received).toBeLessThan(10_000);
  });
});
