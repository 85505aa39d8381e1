/**
 * The Office.js workbook port, against office-addin-mock: what it reads, what it queues, and
 * how many `context.sync()` round trips it takes (the same for 10 rows as for 10,000).
 */
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { isoToSerial } from '../../shared/values/dates/excelSerial';
import type { SheetSpec, WriteValue } from '../../shared/workbook';
import { FakeExcel } from '../support/officeFakes';

function spec(rows: number, name = 'Coaches'): SheetSpec {
  return {
    name,
    columns: [
      { key: 'name', header: 'Name', width: 24, note: 'Full name as on the NHS record' },
      { key: 'start', header: 'Start date', numberFormat: 'dd/mm/yyyy' },
      { key: 'hours', header: 'Hours', numberFormat: '0.0' },
      { key: 'status', header: 'Status', list: ['OK', 'Due soon', 'Overdue'] },
      { key: 'competency', header: 'Competency', listRange: 'Competencies!$A$2:$A$91' },
      { key: 'reviewed', header: 'Reviewed' },
    ],
    rows: Array.from({ length: rows }, (_, i): WriteValue[] => [
      `Coach ${i + 1}`,
      { date: '2026-03-15' },
      { formula: `=C${i + 2}*2` },
      'OK',
      null,
      { date: '2026-01-02' },
    ]),
    formatRows: 200,
    frozenRows: 1,
    filter: true,
    highlights: [
      { column: 'status', equals: 'Overdue', style: 'bad' },
      { column: 'status', equals: 'Due soon', style: 'warn' },
      { column: 'reviewed', equals: true, style: 'good' },
    ],
  };
}

describe('read', () => {
  it('reads the used range: blanks as null, formulas only where a cell has one', async () => {
    const excel = new FakeExcel([
      {
        name: 'Team',
        rowIndex: 2,
        columnIndex: 1,
        values: [
          ['Name', 'Hours', 'Tier'],
          ['Asha', 120, 1],
          ['=1+1', '', 4],
        ],
        formulas: [
          ['Name', 'Hours', 'Tier'],
          ['Asha', 120, '=HWBC.TIER(C4)'],
          ['=1+1', '', '=HWBC.TIER(C5)'],
        ],
      },
    ]);
    const data = await new OfficeWorkbook(excel.host()).read('Team');
    expect(data).toEqual({
      name: 'Team',
      top: 2,
      left: 1,
      values: [
        ['Name', 'Hours', 'Tier'],
        ['Asha', 120, 1],
        ['=1+1', null, 4],
      ],
      formulas: [
        [null, null, null],
        [null, null, '=HWBC.TIER(C4)'],
        // Text that reads back as "=1+1" with the same value is text, not a formula.
        [null, null, '=HWBC.TIER(C5)'],
      ],
    });
    // Its size, then its cells.
    expect(excel.syncs).toBe(2);
  });

  it('gives an empty sheet as no rows', async () => {
    const excel = new FakeExcel([{ name: 'Empty', values: [] }]);
    await expect(new OfficeWorkbook(excel.host()).read('Empty')).resolves.toEqual({
      name: 'Empty',
      top: 0,
      left: 0,
      values: [],
      formulas: [],
    });
  });

  it('names a missing sheet in plain words', async () => {
    const excel = new FakeExcel([{ name: 'Team', values: [['Name']] }]);
    await expect(new OfficeWorkbook(excel.host()).read('Coaches')).rejects.toThrow(
      'There is no sheet called "Coaches".',
    );
  });
});

describe('write', () => {
  it('writes a block with one formulas assignment at the right address, keeping text as text', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [['Name']] }]);
    await new OfficeWorkbook(excel.host()).write('Coaches', { row: 4, col: 2 }, [
      ['=1+1', '+44 7700', '@home', "'quoted", 'Jo Bloggs'],
      [{ formula: '=HWBC.TIER(D5)' }, { date: '2026-03-15' }, 12.5, true, null],
      ['0012', 'TRUE', '#N/A', '15/03/2026', 'Clinical supervision'],
    ]);
    const [written] = excel.rangesOf('Coaches');
    expect(written.address).toBe('C5:G7');
    expect(written.range.formulas).toEqual([
      ["'=1+1", "'+44 7700", "'@home", "''quoted", 'Jo Bloggs'],
      ['=HWBC.TIER(D5)', isoToSerial('2026-03-15', '1900'), 12.5, true, ''],
      ["'0012", "'TRUE", "'#N/A", "'15/03/2026", 'Clinical supervision'],
    ]);
    // Only the date cell gets a format; null leaves every other cell's format alone.
    expect(written.range.numberFormat).toEqual([
      [null, null, null, null, null],
      [null, 'dd mmm yyyy', null, null, null],
      [null, null, null, null, null],
    ]);
    expect(excel.syncs).toBe(1);
  });

  it('writes dates in the workbook’s 1904 system when it uses it', async () => {
    const excel = new FakeExcel([{ name: 'Log', values: [] }]);
    await new OfficeWorkbook(excel.host({ dateSystem: '1904' })).write('Log', { row: 0, col: 0 }, [
      [{ date: '2026-03-15' }],
    ]);
    expect(excel.rangesOf('Log')[0].range.formulas).toEqual([[isoToSerial('2026-03-15', '1900') - 1462]]);
  });

  it('pads a ragged block with null so cells it did not mention are left alone', async () => {
    const excel = new FakeExcel([{ name: 'Log', values: [] }]);
    await new OfficeWorkbook(excel.host()).write('Log', { row: 0, col: 0 }, [['a', 'b'], ['c']]);
    const [written] = excel.rangesOf('Log');
    expect(written.address).toBe('A1:B2');
    expect(written.range.formulas).toEqual([
      ['a', 'b'],
      ['c', null],
    ]);
    expect(written.range.numberFormat).toBeUndefined();
  });

  it('creates a missing sheet, as the other hosts do', async () => {
    const excel = new FakeExcel([{ name: 'Team', values: [['Name']] }]);
    await new OfficeWorkbook(excel.host()).write('HWBC Report', { row: 0, col: 0 }, [['Report']]);
    expect(excel.added).toEqual(['HWBC Report']);
    expect(excel.rangesOf('HWBC Report').at(-1)?.range.formulas).toEqual([['Report']]);
  });
});

describe('addSheet', () => {
  it('lays out header, widths, formats, drop-downs, notes, frozen rows, filter and highlights', async () => {
    const excel = new FakeExcel([{ name: 'Competencies', values: [['Code']] }]);
    await new OfficeWorkbook(excel.host()).addSheet(spec(3));
    expect(excel.added).toEqual(['Coaches']);
    // The first range asked for at each address (highlights ask again for the same columns).
    const byAddress = new Map(
      excel
        .rangesOf('Coaches')
        .reverse()
        .map((r) => [r.address, r.range]),
    );

    const header = byAddress.get('A1:F1');
    expect(header?.formulas).toEqual([['Name', 'Start date', 'Hours', 'Status', 'Competency', 'Reviewed']]);
    expect((header?.format as { font: { bold: boolean } }).font.bold).toBe(true);
    expect(excel.notes).toEqual([
      { kind: 'note', sheet: 'Coaches', address: 'A1', text: 'Full name as on the NHS record' },
    ]);

    expect((byAddress.get('A:A')?.format as { columnWidth: number }).columnWidth).toBeCloseTo(129.75);
    // Column formats cover every row the template formats (rows 2 to 201), not only the data.
    expect(byAddress.get('B2:B201')?.numberFormat).toEqual(Array.from({ length: 200 }, () => ['dd/mm/yyyy']));
    expect(byAddress.get('D2:D201')?.dataValidation).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'OK,Due soon,Overdue' } },
      errorAlert: { showAlert: true, style: 'Warning' },
    });
    expect(byAddress.get('E2:E201')?.dataValidation).toMatchObject({
      rule: { list: { source: '=Competencies!$A$2:$A$91' } },
    });

    const body = byAddress.get('A2:F4');
    expect(body?.formulas?.[0]).toEqual(['Coach 1', 46096, '=C2*2', 'OK', '', isoToSerial('2026-01-02', '1900')]);
    // The column's own date format wins; a date in a column without one gets the default.
    expect(body?.numberFormat?.[0]).toEqual([null, null, null, null, null, 'dd mmm yyyy']);

    expect(excel.frozen.get('Coaches')).toBe(1);
    expect(excel.filters.get('Coaches')).toBe('A1:F201');
    const highlights = excel.conditionalFormats.map((c) => {
      const cellValue = c.format.cellValue as {
        rule: unknown;
        format: { fill: { color: string }; font: { color: string } };
      };
      return [c.address, c.type, cellValue.rule, cellValue.format.fill.color, cellValue.format.font.color];
    });
    expect(highlights).toEqual([
      ['D2:D201', 'CellValue', { formula1: '="Overdue"', operator: 'EqualTo' }, '#FFC7CE', '#9C0006'],
      ['D2:D201', 'CellValue', { formula1: '="Due soon"', operator: 'EqualTo' }, '#FFEB9C', '#9C5700'],
      ['F2:F201', 'CellValue', { formula1: '=TRUE', operator: 'EqualTo' }, '#C6EFCE', '#006100'],
    ]);
  });

  it('never overwrites a sheet that exists', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [['My own data']] }]);
    await expect(new OfficeWorkbook(excel.host()).addSheet(spec(3))).rejects.toThrow(
      'A sheet called "Coaches" already exists.',
    );
    expect(excel.added).toEqual([]);
    expect(excel.ranges).toEqual([]);
  });

  it('puts header help in comments where notes are not supported, and leaves it out where neither is', async () => {
    const older = new FakeExcel([]);
    await new OfficeWorkbook(older.host({ apiSets: { ExcelApi: '1.12' } })).addSheet(spec(1));
    expect(older.notes.map((n) => n.kind)).toEqual(['comment']);

    const oldest = new FakeExcel([]);
    await new OfficeWorkbook(oldest.host({ apiSets: { ExcelApi: '1.9' } })).addSheet(spec(1));
    expect(oldest.notes).toEqual([]);
    expect(oldest.added).toEqual(['Coaches']);
  });

  it('sets a printed sheet to A4 landscape with its header on every page, where page layout is supported', async () => {
    const print = { paper: 'A4', orientation: 'landscape', repeatHeaderRows: 1 } as const;
    const excel = new FakeExcel([]);
    await new OfficeWorkbook(excel.host()).addSheet({ ...spec(2), name: 'Sign-off HWBC-004', print });
    expect(excel.printed.get('Sign-off HWBC-004')).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      titleRows: '$1:$1',
    });
    expect(excel.printed.has('Coaches')).toBe(false);
    // Before ExcelApi 1.9 there is no page layout: the sheet is made all the same.
    const older = new FakeExcel([]);
    await new OfficeWorkbook(older.host({ apiSets: { ExcelApi: '1.8' } })).addSheet({ ...spec(1), print });
    expect(older.added).toEqual(['Coaches']);
    expect(older.printed.size).toBe(0);
  });

  it('refuses a highlight on a column the sheet does not have, before anything is sent', async () => {
    const excel = new FakeExcel([]);
    const bad = { ...spec(1), highlights: [{ column: 'nope', equals: 'x', style: 'bad' as const }] };
    await expect(new OfficeWorkbook(excel.host()).addSheet(bad)).rejects.toThrow('unknown column "nope"');
    // The only sync was the check that the name is free.
    expect(excel.syncs).toBe(1);
  });
});

describe('round trips', () => {
  async function syncsFor(rows: number, action: (port: OfficeWorkbook) => Promise<unknown>): Promise<number> {
    const values = Array.from({ length: rows }, (_, i) => [`Coach ${i}`, i, { date: '2026-03-15' }]);
    const excel = new FakeExcel([
      { name: 'Team', values: values.map(([n, h]) => [n, h, 46096]) },
      { name: 'Competencies', values: [['Code']] },
    ]);
    await action(new OfficeWorkbook(excel.host()));
    return excel.syncs;
  }

  it('a small sheet is read in two syncs (its size, then its cells) and written in one', async () => {
    expect(await syncsFor(10, (port) => port.read('Team'))).toBe(2);
    expect(await syncsFor(10, (port) => port.write('Team', { row: 1, col: 0 }, [['Asha', 1]]))).toBe(1);
  });

  it('addSheet takes three: one to check the name is free, one for the layout, one for the rows', async () => {
    expect(await syncsFor(10, (port) => port.addSheet({ ...spec(10), name: 'New coaches' }))).toBe(3);
  });

  it('10,000 rows take more round trips than 10 only where the bytes need them', async () => {
    // 10,000 short rows are well under the budget: one block after the measuring one.
    expect(await syncsFor(10_000, (port) => port.read('Team'))).toBe(3);
    expect(await syncsFor(10_000, (port) => port.addSheet({ ...spec(10_000), name: 'New coaches' }))).toBe(3);
  });
});

describe('the rest of the port', () => {
  it('lists sheet names, including one it added', async () => {
    const excel = new FakeExcel([
      { name: 'Team', values: [] },
      { name: 'Caseload', values: [] },
    ]);
    const port = new OfficeWorkbook(excel.host());
    await port.addSheet(spec(0, 'Coaches'));
    await expect(port.sheetNames()).resolves.toEqual(['Team', 'Caseload', 'Coaches']);
  });

  it('deletes a sheet, and does nothing for one that is not there', async () => {
    const excel = new FakeExcel([{ name: 'HWBC Report', values: [['old']] }]);
    const port = new OfficeWorkbook(excel.host());
    await port.deleteSheet('HWBC Report');
    await port.deleteSheet('Never made');
    expect(excel.deleted).toEqual(['HWBC Report']);
  });

  it('keeps settings in the document and saves them', async () => {
    const excel = new FakeExcel([]);
    const port = new OfficeWorkbook(excel.host());
    await expect(port.getSetting('hwbc.mapping')).resolves.toBeUndefined();
    await port.setSetting('hwbc.mapping', { sheet: 'Team', headerRow: 3 });
    expect(excel.settings.get('hwbc.mapping')).toEqual({ sheet: 'Team', headerRow: 3 });
    await expect(new OfficeWorkbook(excel.host()).getSetting('hwbc.mapping')).resolves.toEqual({
      sheet: 'Team',
      headerRow: 3,
    });
  });

  it('reports the workbook’s date system and today’s date where the user is', async () => {
    const excel = new FakeExcel([]);
    const info = await new OfficeWorkbook(
      excel.host({ dateSystem: '1904', now: new Date('2026-03-20T12:00:00Z') }),
    ).info();
    expect(info.dateSystem).toBe('1904');
    expect(info.today).toBe('2026-03-20');
    expect(info.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
