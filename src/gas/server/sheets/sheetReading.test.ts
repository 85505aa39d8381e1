// Reading a sheet box by box: values (empty cells as null), formulas with them when wanted, or
// afterwards over the same boxes as their presence, one getFormulas a box and nothing read again.
import { FORMULA_PRESENT } from '../../../../shared/check/read/checkValue';
import { FakeGas } from '../../../../test/support/fakeSpreadsheetApp';
import type { SheetBox } from '../../common/stepTypes';
import { formulasOver, readSheet } from './sheetReading';

function sheetOf(rows: unknown[][]) {
  const fake = new FakeGas({ sheets: { Log: rows } });
  const app = fake.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = fake.quiet(() => app.getActiveSpreadsheet().getSheetByName('Log'));
  if (!sheet) throw new Error('no Log sheet');
  fake.resetCalls();
  return { fake, sheet };
}

const LOG = [
  ['Coach', 'Hours', 'Twice'],
  ['Sam', 2, '=B2*2'],
  ['', '', ''],
  ['Ali', 3, '=B4*2'],
];
const WHOLE: SheetBox = { row: 1, col: 1, rows: 4, cols: 3 };

describe('readSheet', () => {
  it('reads values with formulas, an empty cell as null, one getValues and one getFormulas a box', () => {
    const { fake, sheet } = sheetOf(LOG);
    const data = readSheet(sheet, 'Log', [WHOLE], true);
    expect(data.values[1][0]).toBe('Sam');
    expect(data.formulas[1]).toEqual([null, null, '=B2*2']);
    expect(data.values[2] ?? []).toEqual(expect.not.arrayContaining(['']));
    expect(fake.callCount('Range.getValues')).toBe(1);
    expect(fake.callCount('Range.getFormulas')).toBe(1);
  });

  it('reads values alone when formulas are not wanted', () => {
    const { fake, sheet } = sheetOf(LOG);
    const data = readSheet(sheet, 'Log', [WHOLE], false);
    expect(data.formulas.flat().every((f) => f === null)).toBe(true);
    expect(fake.callCount('Range.getFormulas')).toBe(0);
  });

  it('reads only the boxes given, each at its place on the sheet', () => {
    const { sheet } = sheetOf(LOG);
    const data = readSheet(sheet, 'Log', [{ row: 4, col: 1, rows: 1, cols: 2 }], false);
    expect(data.top).toBe(3);
    expect(data.values).toEqual([['Ali', 3]]);
  });
});

describe('formulasOver', () => {
  it('adds the formulas of the boxes the values came from, as their presence, reading nothing else', () => {
    const { fake, sheet } = sheetOf(LOG);
    // As Sheets shows them: a worked-out value, and a formula whose value is text starting "=".
    fake.quiet(() => {
      fake.book.sheet('Log')?.setCell(2, 3, { value: 4, formula: '=B2*2' });
      fake.book.sheet('Log')?.setCell(4, 3, { value: '=x', formula: '="=x"' });
    });
    const values = readSheet(sheet, 'Log', [WHOLE], false);
    fake.resetCalls();
    const data = formulasOver(sheet, values, [WHOLE]);
    expect(data.values).toEqual(values.values);
    expect(data.formulas[1]).toEqual([null, null, FORMULA_PRESENT]);
    expect(data.formulas[3]).toEqual([null, null, '="=x"']);
    expect(fake.calls.filter((c) => !c.endsWith('getRange'))).toEqual(['Range.getFormulas']);
  });
});
