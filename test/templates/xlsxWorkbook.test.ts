import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readDate } from '../../shared/values/dates/readDate';
import type { SheetSpec } from '../../shared/workbook';
import { fromStoredFormula, toStoredFormula } from '../../src/xlsx/futureFunctions';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const spec: SheetSpec = {
  name: 'Log',
  columns: [
    { key: 'date', header: 'Date', width: 12, numberFormat: 'dd mmm yyyy', note: 'The day of the session.' },
    { key: 'kind', header: 'Kind', list: ['Initial 1:1', 'Follow-up 1:1', 'Group'] },
    { key: 'code', header: 'Code', listRange: 'Codes!$A$2:$A$4' },
    { key: 'status', header: 'Status' },
  ],
  rows: [[{ date: '2026-01-31' }, 'Group', 'PRO-01', { formula: '=IF(A2="","",MAXIFS(A:A,B:B,"Group"))' }]],
  formatRows: 10,
  frozenRows: 1,
  filter: true,
  highlights: [
    { column: 'status', equals: 'Overdue', style: 'bad' },
    { column: 'status', equals: true, style: 'good' },
  ],
};

async function roundTrip(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer(), { today: '2026-03-20' });
}

describe('XlsxWorkbook', () => {
  it('writes and reads back text, numbers, booleans, dates and formulas', async () => {
    const wb = new XlsxWorkbook({ today: '2026-03-20' });
    await wb.write('Data', { row: 2, col: 1 }, [
      ['=1+1', 12.5, true],
      [{ date: '2028-02-29' }, { formula: '=B3*2' }, null],
    ]);
    const back = await roundTrip(wb);
    const data = await back.read('Data');
    expect(data).toMatchObject({ top: 2, left: 1 });
    expect(data.values[0]).toEqual(['=1+1', 12.5, true]);
    expect(data.formulas[0]).toEqual([null, null, null]);
    expect(data.formulas[1]).toEqual([null, '=B3*2', null]);
    // A formula exceljs wrote has no cached result until a spreadsheet recalculates it.
    expect(data.values[1][1]).toBeNull();
    const ctx = { dateSystem: '1900' as const, timeZone: 'Europe/London', today: '2026-03-20' };
    expect(readDate('date', data.values[1][0], ctx)).toBe('2028-02-29');
  });

  it('keeps text that starts with "=" as text in the file itself', async () => {
    const wb = new XlsxWorkbook();
    await wb.write('Data', { row: 0, col: 0 }, [['=HYPERLINK("http://x")', '+1', '@A1']]);
    const back = await roundTrip(wb);
    const ws = back.workbook.getWorksheet('Data') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').type).not.toBe(ExcelJS.ValueType.Formula);
    expect((await back.read('Data')).values[0]).toEqual(['=HYPERLINK("http://x")', '+1', '@A1']);
  });

  it('renders a sheet spec: header, notes, widths, formats, lists, frozen row, filter, highlights', async () => {
    const wb = new XlsxWorkbook();
    await wb.addSheet(spec);
    const back = await roundTrip(wb);
    const ws = back.workbook.getWorksheet('Log') as ExcelJS.Worksheet;
    const data = await back.read('Log');
    expect(data.values[0]).toEqual(['Date', 'Kind', 'Code', 'Status']);
    expect(data.formulas[1][3]).toBe('=IF(A2="","",MAXIFS(A:A,B:B,"Group"))');
    expect(ws.getCell('A1').note).toBe('The day of the session.');
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getCell('A5').numFmt).toBe('dd mmm yyyy');
    expect(ws.getCell('B11').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Initial 1:1,Follow-up 1:1,Group"'],
    });
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['Codes!$A$2:$A$4'] });
    expect(ws.getCell('B12').dataValidation).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:D11');
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = formats.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, r })));
    expect(rules.map((x) => [x.ref, (x.r as ExcelJS.CellIsRuleType).formulae])).toEqual([
      ['D2:D11', ['"Overdue"']],
      ['D2:D11', ['TRUE']],
    ]);
    expect(JSON.stringify(rules[0].r.style)).toContain('FFFFC7CE');
  });

  it('refuses to add a sheet that exists and leaves it as it was', async () => {
    const wb = new XlsxWorkbook();
    await wb.write('Log', { row: 0, col: 0 }, [['mine']]);
    await expect(wb.addSheet(spec)).rejects.toThrow('already exists');
    expect((await wb.read('Log')).values).toEqual([['mine']]);
  });

  it('keeps settings in a hidden sheet that the port does not list', async () => {
    const wb = new XlsxWorkbook();
    await wb.write('Team', { row: 0, col: 0 }, [['ID']]);
    await wb.setSetting('mappings', [{ sheet: 'Team', headerRow: 1 }]);
    await wb.setSetting('asOf', '2026-03-20');
    await wb.setSetting('asOf', '2026-03-21');
    const back = await roundTrip(wb);
    expect(await back.sheetNames()).toEqual(['Team']);
    expect(await back.getSetting('mappings')).toEqual([{ sheet: 'Team', headerRow: 1 }]);
    expect(await back.getSetting('asOf')).toBe('2026-03-21');
    expect(await back.getSetting('missing')).toBeUndefined();
    await expect(back.read('hwbc_settings')).rejects.toThrow('no sheet');
  });

  it('reads merged cells once and rich text as plain text', async () => {
    const ex = new ExcelJS.Workbook();
    const ws = ex.addWorksheet('S');
    ws.getCell('A1').value = { richText: [{ text: 'Hours ' }, { font: { bold: true }, text: 'log' }] };
    ws.mergeCells('A1:B1');
    ws.getCell('A2').value = 1;
    const back = await XlsxWorkbook.fromBuffer(Buffer.from(await ex.xlsx.writeBuffer()));
    expect((await back.read('S')).values).toEqual([
      ['Hours log', null],
      [1, null],
    ]);
  });

  it('opens a CSV file as one sheet named after the file, keeping UK dates and IDs as text', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-csv-')), 'Hours log.csv');
    fs.writeFileSync(file, '\uFEFFDate,Coach ID,Minutes,NHS\n03/04/2026,007,45,TRUE\n');
    const wb = await XlsxWorkbook.fromFile(file);
    expect(await wb.sheetNames()).toEqual(['Hours log']);
    expect((await wb.read('Hours log')).values).toEqual([
      ['Date', 'Coach ID', 'Minutes', 'NHS'],
      ['03/04/2026', '007', 45, true],
    ]);
  });

  it('stores newer functions with their _xlfn prefix and reads them back without it', () => {
    const stored = toStoredFormula('=IFERROR(MAXIFS(A:A,B:B,"MAXIFS("),0)+_xlfn.IFS(TRUE,1)');
    expect(stored).toBe('IFERROR(_xlfn.MAXIFS(A:A,B:B,"MAXIFS("),0)+_xlfn.IFS(TRUE,1)');
    expect(fromStoredFormula(stored)).toBe('=IFERROR(MAXIFS(A:A,B:B,"MAXIFS("),0)+IFS(TRUE,1)');
  });
});

describe('XlsxWorkbook reading cached formula results', () => {
  it('keeps results of 0, FALSE and "" that exceljs drops from cell.value', async () => {
    const ex = new ExcelJS.Workbook();
    const ws = ex.addWorksheet('S');
    ws.getCell('A1').value = { formula: 'B1*0', result: 0 };
    ws.getCell('B1').value = { formula: '1=2', result: false };
    ws.getCell('C1').value = { formula: 'TODAY()', result: new Date(Date.UTC(2026, 2, 15)) };
    ws.getCell('C1').numFmt = 'dd/mm/yyyy';
    const back = await XlsxWorkbook.fromBuffer(Buffer.from(await ex.xlsx.writeBuffer()));
    const data = await back.read('S');
    expect(data.values).toEqual([[0, false, 46096]]);
    expect(data.formulas).toEqual([['=B1*0', '=1=2', '=TODAY()']]);
  });
});
