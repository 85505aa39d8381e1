/**
 * Creating the template sheets in Google Sheets at its physical minimum, counted through the
 * fake: no read after the first write, a fixed number of calls a sheet (each named below with
 * what it is for), widths in the fewest setColumnWidths calls, and the sheets as the plan says.
 */
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { SHEETS_DEFAULT_WIDTH, sheetsWidths } from '../../src/gas/server/sheetLayout/sheetsWidths';
import { widthStrokes } from '../../src/gas/server/sheetLayout/widthStrokes';
import { sheetsNumberFormat } from '../../src/gas/server/sheetLayout/numberFormats';
import { sheetPlan } from '../../shared/plan';
import { createTemplates } from '../../shared/templates';
import { CREATION_ORDER, templateSheet } from '../../shared/templates/templateSheets';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { callKind } from './fake/callKinds';

async function created(sample: boolean) {
  const fake = new FakeGas({ sheets: {} });
  fake.resetCalls();
  const result = await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample });
  return { fake, result };
}

/** The calls reaching the spreadsheet, cut into the ones before the first sheet and one list a sheet. */
function perSheet(calls: readonly string[]): { before: string[]; sheets: string[][] } {
  const reaching = calls.filter((c) => callKind(c) === 'read' || callKind(c) === 'write');
  const first = reaching.indexOf('Spreadsheet.insertSheet');
  const sheets: string[][] = [];
  for (const call of reaching.slice(first)) {
    if (call === 'Spreadsheet.insertSheet') sheets.push([]);
    sheets[sheets.length - 1].push(call);
  }
  return { before: reaching.slice(0, first), sheets };
}

const count = (calls: readonly string[], call: string) => calls.filter((c) => c === call).length;

describe.each([
  ['with the demonstration team', true],
  ['empty', false],
])('creating the templates %s', (_label, sample) => {
  let fake: FakeGas;
  beforeAll(async () => {
    ({ fake } = await created(sample));
  });

  it('reaches the spreadsheet in at most 110 calls, reading only before the first write', () => {
    const census = fake.census();
    expect(census.flushingReads).toBe(0);
    // The sheet list and the spreadsheet's time zone.
    expect(census.reads).toBe(2);
    expect(census.reaching).toBeLessThanOrEqual(110);
  });

  it('makes each sheet in a fixed set of calls, each for one part of the sheet', () => {
    const { before, sheets } = perSheet(fake.calls);
    expect(before).toEqual(['Spreadsheet.getSheets', 'Spreadsheet.getSpreadsheetTimeZone']);
    expect(sheets).toHaveLength(CREATION_ORDER.length);
    sheets.forEach((calls, i) => {
      const plan = sheetPlan(templateSheet(CREATION_ORDER[i]));
      const widths = widthStrokes(sheetsWidths(plan.columns.map((c) => c.width)), SHEETS_DEFAULT_WIDTH);
      const formatted = plan.columns.some((c) => sheetsNumberFormat(c.numberFormat));
      const dropDowns = plan.columns.some((c) => c.dropDown || c.wholeNumber);
      const expected: Record<string, number> = {
        'Spreadsheet.insertSheet': 1,
        // Header and rows, values and formulas together (and with the Evidence log, the last of
        // the logs Settings' "rows read" cells read, both of those cells in one block, and
        // Competencies' coverage).
        'Range.setValues': { 'Evidence log': 3 }[CREATION_ORDER[i]] ?? 1,
        'Range.setNotes': plan.columns.some((c) => c.note) ? 1 : 0,
        // Bold, wrapped, top-aligned: set on the first sheet, copied from it onto every later header.
        'Range.setFontWeight': i === 0 ? 1 : 0,
        'Range.setWrap': i === 0 ? 1 : 0,
        'Range.setVerticalAlignment': i === 0 ? 1 : 0,
        'Range.copyFormatToRange': i === 0 ? 0 : 1,
        'Sheet.setColumnWidths': widths.length,
        'Range.setNumberFormats': formatted ? 1 : 0,
        'Range.setDataValidations': dropDowns ? 1 : 0,
        'Sheet.setConditionalFormatRules': plan.highlights.length > 0 ? 1 : 0,
        'Sheet.setFrozenRows': plan.frozenRows > 0 ? 1 : 0,
        'Range.createFilter': plan.filter ? 1 : 0,
      };
      const made = Object.fromEntries([...new Set(calls)].map((c) => [c, count(calls, c)]));
      const wanted = Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0));
      expect({ sheet: CREATION_ORDER[i], calls: made }).toEqual({ sheet: CREATION_ORDER[i], calls: wanted });
    });
  });

  it('gives every column the width, header style and number format the plan says', () => {
    for (const name of CREATION_ORDER) {
      const plan = sheetPlan(templateSheet(name));
      const sheet = fake.book.sheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const widths = plan.columns.map((_, i) => sheet.columnWidths.get(i + 1) ?? SHEETS_DEFAULT_WIDTH);
      expect({ name, widths }).toEqual({ name, widths: sheetsWidths(plan.columns.map((c) => c.width)) });
      const header = plan.columns.map((_, i) => `1,${i + 1}`);
      expect([...sheet.bold].sort()).toEqual([...header].sort());
      expect([...sheet.wrapped].sort()).toEqual([...header].sort());
      expect(header.map((k) => sheet.verticalAlignment.get(k))).toEqual(header.map(() => 'top'));
      for (const row of [1, 2, plan.lastRow, plan.lastRow + 1]) {
        const formats = plan.columns.map((_, i) => sheet.formats.get(`${row},${i + 1}`) ?? null);
        const body = row >= 2 && row <= plan.lastRow;
        expect({ name, row, formats }).toEqual({
          name,
          row,
          formats: plan.columns.map((c) => (body ? sheetsNumberFormat(c.numberFormat) : null)),
        });
      }
    }
  });
});

describe('header style', () => {
  it('copies the first header’s format onto a later sheet’s header only, whatever its width', async () => {
    const fake = new FakeGas({ sheets: {} });
    const port = new SheetsWorkbook(fake as unknown as GasServices);
    await port.addSheet(templateSheet('Settings'));
    await port.addSheet(templateSheet('Coaches'));
    const coaches = fake.book.sheet('Coaches');
    const width = sheetPlan(templateSheet('Coaches')).columns.length;
    expect(width).toBeGreaterThan(sheetPlan(templateSheet('Settings')).columns.length);
    expect(coaches?.bold.size).toBe(width);
    expect(coaches?.notes.get('1,1')).toBe(sheetPlan(templateSheet('Coaches')).columns[0].note ?? '');
  });

  it('styles the header in full again once the sheet it copied from is deleted', async () => {
    const fake = new FakeGas({ sheets: {} });
    const port = new SheetsWorkbook(fake as unknown as GasServices);
    await port.addSheet(templateSheet('Settings'));
    await port.deleteSheet('Settings');
    fake.resetCalls();
    await port.addSheet(templateSheet('Hours log'));
    expect(fake.callCount('Range.copyFormatToRange')).toBe(0);
    expect(fake.callCount('Range.setFontWeight')).toBe(1);
    expect(fake.book.sheet('Hours log')?.bold.size).toBe(sheetPlan(templateSheet('Hours log')).columns.length);
  });
});
