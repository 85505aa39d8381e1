/**
 * Hostile workbooks through the check: huge, sparse, full of errors, dates out of the
 * calendar. The check must finish, name the cells it could not use, and stop on none of them.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../shared/check';
import { SheetCells, sheetFromCells } from '../../shared/sheetFromCells';
import { columnIndex, rowIndex, sheetColumn, sheetRow } from '../../shared/sheetPlaces';
import type { CellValue } from '../../shared/workbook';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const AS_OF = '2026-03-20';
const COACHES: CellValue[][] = [
  ['Name', 'WTE', 'Start date', 'Last LM'],
  ['Sam Jones', 1, '2020-01-01', '2026-03-10'],
  ['Kit Day', 0.6, '2021-05-01', '2026-03-01'],
];

function log(rows: number): CellValue[][] {
  const out: CellValue[][] = [['Date', 'Coach', 'Client ref', 'Minutes']];
  for (let i = 0; i < rows; i++)
    out.push([`2026-0${1 + (i % 3)}-1${i % 9}`, i % 2 ? 'Sam Jones' : 'Kit Day', `C-${i % 500}`, 45]);
  return out;
}

describe('a sheet read sparse', () => {
  it('holds only the rows and columns with data when one value sits in a far corner', () => {
    const cells = new SheetCells();
    cells.add(0, 0, 'Name', null);
    cells.add(1, 0, 'Sam', null);
    cells.add(1048575, 16383, 'x', null);
    const data = sheetFromCells('Team', cells);
    expect(data.values).toEqual([
      ['Name', null],
      ['Sam', null],
      [null, 'x'],
    ]);
    expect([sheetRow(data, 2), sheetColumn(data, 1)]).toEqual([1048575, 16383]);
    expect([rowIndex(data, 1048575), rowIndex(data, 5), columnIndex(data, 16383), columnIndex(data, 3)]).toEqual([
      2, -1, 1, -1,
    ]);
  });

  it('stays one box, as the spreadsheet shows it, when the data fills it', () => {
    const cells = new SheetCells();
    cells.add(2, 1, 'a', null);
    cells.add(4, 3, 'b', '=B3');
    const data = sheetFromCells('Team', cells);
    expect(data.rows).toBeUndefined();
    expect(data.values).toEqual([
      ['a', null, null],
      [null, null, null],
      [null, null, 'b'],
    ]);
  });
});

describe('the check on hostile workbooks', () => {
  it('names the far cell of an .xlsx and checks the rest, holding no grid of the whole sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Coaches');
    COACHES.forEach((row) => ws.addRow(row));
    ws.getCell('XFD1048576').value = 'stray';
    const port = new XlsxWorkbook({ today: AS_OF }, wb);
    const data = await port.read('Coaches');
    expect(data.values.length).toBe(4);
    const r = await checkWorkbook(port, { asOf: AS_OF, writeReport: false });
    expect(r.coaches.map((c) => c.coach)).toEqual(['Sam Jones', 'Kit Day']);
  });

  it('checks a log of 30,000 rows without overflowing the stack', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, { Coaches: COACHES, 'Hours log': log(30000) });
    const r = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(r.coaches.map((c) => c.coach)).toEqual(['Sam Jones', 'Kit Day']);
  });

  it('finds a header under twenty lines of notes', async () => {
    const notes: CellValue[][] = Array.from({ length: 20 }, (_, i) => [`Note ${i + 1}: fill in every session`]);
    const wb = MemoryWorkbook.withSheets(AS_OF, { Coaches: COACHES, 'Hours log': [...notes, ...log(12)] });
    const r = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(r.mappings.find((m) => m.sheet === 'Hours log')?.headerRow).toBe(21);
  });

  it.each(['#N/A', '#REF!', '#NAME?', '#DIV/0!'])(
    'reports an error value (%s) at its cell, typed or a formula result, never as a blank or a name',
    async (error) => {
      const wb = MemoryWorkbook.withSheets(AS_OF, {
        Coaches: [...COACHES, [error, 1, '2020-01-01', '2026-03-10']],
      });
      // A formula whose cached result is the error, as a host hands it over.
      await wb.write('Coaches', { row: 1, col: 3 }, [[{ formula: '=VLOOKUP(1,Z:Z,2,0)' }]]);
      const sheet = wb.sheets.get('Coaches');
      if (sheet) sheet.values[1][3] = error;
      const r = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
      const bad = r.findings.filter((f) => f.rule === 'data.bad-value').map((f) => `${f.column}${f.row} ${f.message}`);
      expect(bad).toEqual(
        expect.arrayContaining([expect.stringMatching(`^D2 .*shows the error ${error.replace(/[?/!]/g, '\\$&')}`)]),
      );
      expect(bad).toEqual(expect.arrayContaining([expect.stringMatching(`^A4 .*Name shows the error`)]));
      expect(r.coaches.map((c) => c.coach)).not.toContain(error);
    },
  );

  it('finishes when a date near the end of the calendar would carry a due date past it', async () => {
    const wb = MemoryWorkbook.withSheets(AS_OF, {
      Coaches: [...COACHES, ['Late Date', 1, '2020-01-01', '9999-12-20']],
    });
    const r = await checkWorkbook(wb, { asOf: AS_OF, writeReport: false });
    expect(r.coaches.map((c) => c.coach)).toContain('Late Date');
    expect(r.findings.some((f) => f.coach === 'Late Date' && f.row === 4)).toBe(true);
  });
});
