/**
 * Excel on the web refuses a request or response over 5 MB and a read of over 5,000,000 cells.
 * FakeExcel enforces both, so these tests fail where the real host would; the Office.js port
 * keeps every round trip within its 4 MB budget and halves a block Excel refuses.
 */
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { PAYLOAD_BUDGET_BYTES } from '../../src/excel/workbook/payloadBudget';
import { FakeExcel } from '../support/officeFakes';

/** The fake's worksheets, as the add-in's code would reach them. */
const sheets = (excel: FakeExcel) => (excel.context as unknown as Excel.RequestContext).workbook.worksheets;

const text = (length: number, seed: number) => `${seed}`.padEnd(length, 'x');

/** rows × cols cells of `length`-character text. */
function sheetOf(rows: number, cols: number, length: (r: number) => number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => text(length(r), r * cols + c)));
}

describe('the fake holds Excel on the web to its limits', () => {
  it('refuses a response over 5 MB in one read', async () => {
    const excel = new FakeExcel([{ name: 'Big', values: sheetOf(3000, 10, () => 100) }]);
    const used = sheets(excel).getItem('Big').getUsedRangeOrNullObject(true);
    used.load('values, formulas');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('refuses a request over 5 MB in one write', async () => {
    const excel = new FakeExcel([{ name: 'Big', values: [] }]);
    const range = sheets(excel).getItem('Big').getRange('A1:J6000');
    range.formulas = sheetOf(6000, 10, () => 100);
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    // Nothing of a refused batch is applied.
    expect(excel.sheet('Big').cells.size).toBe(0);
  });

  it('refuses a read of more than 5,000,000 cells', async () => {
    const row = new Array<string>(2500).fill('');
    const excel = new FakeExcel([{ name: 'Wide', values: Array.from({ length: 2001 }, () => row) }]);
    const range = sheets(excel).getItem('Wide').getRangeByIndexes(0, 0, 2001, 2500);
    range.load('values');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
});

describe('the Office.js port within the limits', () => {
  it('reads a 12 MB sheet whole, in blocks no bigger than the budget', async () => {
    const values = sheetOf(20_000, 6, () => 50);
    const excel = new FakeExcel([{ name: 'Hours log', values }]);
    const data = await new OfficeWorkbook(excel.host()).read('Hours log');
    expect(data.values).toEqual(values);
    expect(excel.payload.largestResponse).toBeGreaterThan(PAYLOAD_BUDGET_BYTES / 2);
    expect(excel.payload.largestResponse).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(excel.payload.refused).toBe(0);
  });

  it('halves a block Excel refuses: long rows below short ones', async () => {
    // The first rows measured are short, so the next block is sized for short rows and is refused.
    const values = sheetOf(12_000, 4, (r) => (r < 200 ? 5 : 400));
    const excel = new FakeExcel([{ name: 'Notes', values }]);
    const data = await new OfficeWorkbook(excel.host()).read('Notes');
    expect(data.values).toEqual(values);
    expect(excel.payload.refused).toBeGreaterThan(0);
    expect(excel.payload.largestResponse).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('writes 20 MB of cells in blocks within the budget, every cell where it belongs', async () => {
    const excel = new FakeExcel([{ name: 'Report', values: [] }]);
    const block = sheetOf(40_000, 5, () => 100) as string[][];
    await new OfficeWorkbook(excel.host()).write('Report', { row: 1, col: 0 }, block);
    expect(excel.payload.largestRequest).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(excel.syncs).toBeGreaterThan(4);
    const cells = excel.sheet('Report').cells;
    expect(cells.size).toBe(200_000);
    expect(cells.get('2,1')?.value).toBe(block[0][0]);
    expect(cells.get('40001,5')?.value).toBe(block[39_999][4]);
  });

  it('adds a template sheet of 30,000 rows with its rows in blocks', async () => {
    const excel = new FakeExcel([]);
    const rows = sheetOf(30_000, 3, () => 80) as string[][];
    await new OfficeWorkbook(excel.host()).addSheet({
      name: 'Log',
      columns: [
        { key: 'a', header: 'A' },
        { key: 'b', header: 'B' },
        { key: 'c', header: 'C' },
      ],
      rows,
      formatRows: 30_000,
      frozenRows: 1,
      filter: false,
      highlights: [],
    });
    expect(excel.payload.largestRequest).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    const cells = excel.sheet('Log').cells;
    expect(cells.get('1,1')?.value).toBe('A');
    expect(cells.get('30001,3')?.value).toBe(rows[29_999][2]);
  });
});
