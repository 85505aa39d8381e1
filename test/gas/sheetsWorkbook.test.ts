/**
 * The SpreadsheetApp workbook port against the fake: what it reads and writes, how a template
 * sheet is rendered, and that the number of service calls does not grow with the rows.
 */
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { checkWorkbook } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import type { SheetSpec, WriteValue } from '../../shared/workbook';
import { FakeGas, type FakeConditionalRule, type FakeValidation } from '../support/fakeSpreadsheetApp';
import { callCensus } from './fake/callKinds';

function setUp(sheets: Record<string, unknown[][]> = {}, timeZone = 'Europe/London') {
  const fake = new FakeGas({ sheets, timeZone });
  const port = new SheetsWorkbook(fake as unknown as GasServices);
  return { fake, port };
}

const team = (rows: number): unknown[][] => [
  ['Name', 'Hours', 'Start'],
  ...Array.from({ length: rows }, (_, i) => [`Coach ${i + 1}`, i * 10, '2026-03-15']),
];

describe('read', () => {
  it('gives values with null for empty cells, Dates as Dates, and formulas beside them', async () => {
    const { fake, port } = setUp({
      Team: [
        ['Name', 'Hours', ''],
        ['Asha', '=B3*2', '2026-07-01'],
      ],
    });
    const data = await port.read('Team');
    expect(data.top).toBe(0);
    expect(data.left).toBe(0);
    expect(data.values[0]).toEqual(['Name', 'Hours', null]);
    expect(data.formulas[1]).toEqual([null, '=B3*2', null]);
    const start = data.values[1][2] as Date;
    // The sheet holds 1 July at London midnight: 23:00 UTC the day before.
    expect(start.toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(fake.callCount('Range.getValues')).toBe(1);
    expect(fake.callCount('Range.getFormulas')).toBe(1);
  });

  it('gives an empty sheet as no rows, and names a missing sheet', async () => {
    const { port } = setUp({ Empty: [] });
    expect(await port.read('Empty')).toEqual({ name: 'Empty', top: 0, left: 0, values: [], formulas: [] });
    await expect(port.read('Nope')).rejects.toThrow('There is no sheet called "Nope".');
  });

  it('makes the same service calls for 10 rows as for 10,000', async () => {
    const calls = async (rows: number) => {
      const { fake, port } = setUp({ Team: team(rows) });
      fake.resetCalls();
      const data = await port.read('Team');
      expect(data.values.length).toBe(rows + 1);
      return [...fake.calls];
    };
    const small = await calls(10);
    expect(await calls(10_000)).toEqual(small);
    // The sheet list (kept for later reads), then the sheet's data range (where its data ends),
    // its values and formulas.
    expect(callCensus(small).reads).toBe(2 + 3);
  });

  it('reads the sheet list once, however many sheets are read', async () => {
    const { fake, port } = setUp({ Team: team(3), Log: team(5), Notes: [['x']] });
    fake.resetCalls();
    for (const name of await port.sheetNames()) await port.read(name);
    expect(fake.callCount('Spreadsheet.getSheets')).toBe(1);
    expect(fake.callCount('Spreadsheet.getSheetByName')).toBe(0);
    // The list, then each sheet's name, where its data ends (its data range), values and formulas.
    expect(fake.census().reads).toBe(1 + 4 * 3);
    expect(fake.callCount('Sheet.getLastRow') + fake.callCount('Sheet.getLastColumn')).toBe(0);
  });
});

describe('checking a workbook', () => {
  it('reads each sheet in its name, its data range and its values, and formulas where the check needs them', async () => {
    const sheets = { Coaches: team(3), 'Hours log': team(40), Notes: [['x']], Empty: [] };
    const { fake, port } = setUp(sheets);
    fake.resetCalls();
    await checkWorkbook(port, { asOf: '2026-03-20', writeReport: false });
    const n = Object.keys(sheets).length;
    // The fixed few: the sheet list, the spreadsheet's time zone and its document properties;
    // formulas of the two sheets it reads rows from (test/gas/checkReads.test.ts says which).
    expect(fake.census().reads).toBe(3 + 3 * n + 2);
    expect(fake.census().flushingReads).toBe(0);
  });
});

describe('creating the templates', () => {
  it('reads nothing after its first write, so no read makes Apps Script send queued writes', async () => {
    const { fake, port } = setUp({ 'My team': team(2) });
    fake.resetCalls();
    await createTemplates(port, { sample: true });
    const census = fake.census();
    expect(census.flushingReads).toBe(0);
    expect(census.reads).toBeLessThanOrEqual(4);
    // One call a sheet for its drop-downs, besides those waiting for a list sheet made later.
    expect(fake.callCount('Range.setDataValidations')).toBeLessThanOrEqual(8);
    expect(fake.values('Coaches').length).toBeGreaterThan(1);
  });

  it('keeps the sheet list up to date as sheets are added and deleted', async () => {
    const { fake, port } = setUp({ Team: team(1) });
    await port.write('Log', { row: 0, col: 0 }, [['a']]);
    await port.deleteSheet('Team');
    expect(await port.sheetNames()).toEqual(['Log']);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['Log']);
    await expect(port.read('Team')).rejects.toThrow('There is no sheet called "Team".');
  });
});

describe('write', () => {
  const TEXTS = ['=1+1', '+44 20 7946 0000', '-5', '@home', '12', 'TRUE', '2026-03-15', '60%', "'quoted", ' spaced '];

  it('keeps every plain string text, exactly as given', async () => {
    const { fake, port } = setUp({ Notes: [] });
    await port.write('Notes', { row: 0, col: 0 }, [TEXTS]);
    expect(fake.values('Notes')).toEqual([TEXTS]);
    expect(fake.book.sheet('Notes')?.cell(1, 1)?.formula).toBeNull();
  });

  it('writes formulas as formulas and dates as dates at midnight in the sheet zone', async () => {
    const { fake, port } = setUp({ Coaches: [] });
    await port.write('Coaches', { row: 1, col: 2 }, [[{ formula: '=A2*2' }, { date: '2026-07-01' }, 3, true, null]]);
    const sheet = fake.book.sheet('Coaches');
    expect(sheet?.cell(2, 3)?.formula).toBe('=A2*2');
    expect((sheet?.cell(2, 4)?.value as Date).toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(sheet?.cell(2, 5)?.value).toBe(3);
    expect(sheet?.cell(2, 6)?.value).toBe(true);
    expect(sheet?.cell(2, 7)).toBeNull();
  });

  it('writes a date as the right day in a zone west of Greenwich', async () => {
    const { fake, port } = setUp({ Coaches: [] }, 'America/Los_Angeles');
    await port.write('Coaches', { row: 0, col: 0 }, [[{ date: '2026-01-15' }]]);
    expect((fake.book.sheet('Coaches')?.cell(1, 1)?.value as Date).toISOString()).toBe('2026-01-15T08:00:00.000Z');
  });

  it('writes a block with one setValues, for 10 rows or 10,000', async () => {
    const calls = async (rows: number) => {
      const { fake, port } = setUp({ Log: [] });
      fake.resetCalls();
      const block: WriteValue[][] = Array.from({ length: rows }, (_, i) => [
        `Client ${i}`,
        { date: '2026-03-15' },
        { formula: `=B${i + 2}+1` },
        i,
      ]);
      await port.write('Log', { row: 1, col: 0 }, block);
      expect(fake.values('Log').length).toBe(rows + 1);
      return [...fake.calls];
    };
    const small = await calls(10);
    expect(await calls(10_000)).toEqual(small);
    expect(small.filter((c) => c === 'Range.setValues')).toHaveLength(1);
  });

  it('never pads a ragged block over cells it was not given', async () => {
    const { fake, port } = setUp({
      Sheet: [
        ['', ''],
        ['', 'keep'],
      ],
    });
    await port.write('Sheet', { row: 0, col: 0 }, [['a', 'b'], ['c'], [], ['d']]);
    expect(fake.values('Sheet')).toEqual([
      ['a', 'b'],
      ['c', 'keep'],
      ['', ''],
      ['d', ''],
    ]);
  });

  it('creates the sheet when it is missing', async () => {
    const { fake, port } = setUp();
    await port.write('HWBC Report', { row: 0, col: 0 }, [['Coach']]);
    expect(fake.values('HWBC Report')).toEqual([['Coach']]);
  });
});

const spec = (rows: number): SheetSpec => ({
  name: 'Supervision log',
  columns: [
    { key: 'date', header: 'Date', width: 12, numberFormat: 'yyyy-mm-dd', note: 'The day it happened' },
    { key: 'coach', header: 'Coach ID', width: 12, listRange: "'Coaches'!$A$2:$A$200" },
    { key: 'type', header: 'Type', width: 20, list: ['Line management', 'Clinical', 'Health coaching'] },
    { key: 'minutes', header: 'Minutes', numberFormat: '0' },
    { key: 'status', header: 'Status', width: 10 },
    { key: 'ok', header: 'Counted', numberFormat: '[$-809]0' },
  ],
  rows: Array.from({ length: rows }, (_, i) => [
    { date: '2026-07-01' },
    `C${i}`,
    'Clinical',
    60,
    { formula: `=IF(D${i + 2}>0,"OK","Overdue")` },
    true,
  ]),
  formatRows: Math.max(rows, 200),
  frozenRows: 1,
  filter: true,
  highlights: [
    { column: 'status', equals: 'Overdue', style: 'bad' },
    { column: 'status', equals: 'OK', style: 'good' },
    { column: 'ok', equals: false, style: 'warn' },
  ],
});

describe('addSheet', () => {
  it('renders a template sheet: header, rows, widths, formats, drop-downs, notes, freeze, filter, highlights', async () => {
    const { fake, port } = setUp({ Coaches: [['ID'], ['C1']] });
    await port.addSheet(spec(2));
    const sheet = fake.book.sheet('Supervision log');
    if (!sheet) throw new Error('no sheet');
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['Coaches', 'Supervision log']);
    expect(fake.values('Supervision log')[0]).toEqual(['Date', 'Coach ID', 'Type', 'Minutes', 'Status', 'Counted']);
    expect(sheet.cell(2, 5)?.formula).toBe('=IF(D2>0,"OK","Overdue")');
    expect((sheet.cell(3, 1)?.value as Date).toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(sheet.cell(3, 2)?.value).toBe('C1');
    expect([...sheet.bold].sort()).toEqual(['1,1', '1,2', '1,3', '1,4', '1,5', '1,6']);
    expect([...sheet.wrapped].sort()).toEqual(['1,1', '1,2', '1,3', '1,4', '1,5', '1,6']);
    expect([...sheet.verticalAlignment.values()]).toEqual(Array(6).fill('top'));
    expect(sheet.notes.get('1,1')).toBe('The day it happened');
    // 12 and 10 characters are Sheets' default 100 px, left alone; 20 characters is 150 px.
    expect([...sheet.columnWidths]).toEqual([[3, 150]]);
    expect(sheet.formats.get('201,1')).toBe('yyyy-mm-dd');
    expect(sheet.formats.get('2,4')).toBe('0');
    expect(sheet.formats.get('2,6')).toBe('0');
    // Columns between formatted ones keep the automatic format, as the header does.
    expect(sheet.formats.has('2,2')).toBe(false);
    expect(sheet.formats.has('1,1')).toBe(false);
    expect(sheet.validations).toEqual([
      {
        a1: 'B2:B201',
        rule: expect.objectContaining({ kind: 'range', range: 'Coaches!A2:A200', allowInvalid: true }),
      },
      {
        a1: 'C2:C201',
        rule: expect.objectContaining({ kind: 'list', values: ['Line management', 'Clinical', 'Health coaching'] }),
      },
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.filter).toBe('A1:F201');
    expect(sheet.conditionalRules as FakeConditionalRule[]).toEqual([
      {
        condition: { type: 'TEXT_EQ', value: 'Overdue' },
        background: '#FFC7CE',
        fontColor: '#9C0006',
        ranges: ['Supervision log!E2:E201'],
      },
      {
        condition: { type: 'TEXT_EQ', value: 'OK' },
        background: '#C6EFCE',
        fontColor: '#006100',
        ranges: ['Supervision log!E2:E201'],
      },
      {
        condition: { type: 'CUSTOM_FORMULA', formula: '=$F2=FALSE' },
        background: '#FFEB9C',
        fontColor: '#9C5700',
        ranges: ['Supervision log!F2:F201'],
      },
    ]);
  });

  it('makes the same service calls for 10 rows as for 10,000', async () => {
    const calls = async (rows: number) => {
      const { fake, port } = setUp({ Coaches: [['ID']] });
      fake.resetCalls();
      await port.addSheet(spec(rows));
      expect(fake.values('Supervision log').length).toBe(rows + 1);
      return [...fake.calls];
    };
    const small = await calls(10);
    expect(await calls(10_000)).toEqual(small);
    expect(small.filter((c) => c === 'Range.setValues')).toHaveLength(1);
    expect(small.filter((c) => c === 'Sheet.setConditionalFormatRules')).toHaveLength(1);
  });

  it('adds a drop-down from a sheet made later in the same run once that sheet exists', async () => {
    const { fake, port } = setUp();
    await port.addSheet(spec(1));
    expect(fake.book.sheet('Supervision log')?.validations.map((v) => v.a1)).toEqual(['C2:C201']);
    await port.addSheet({ ...spec(0), name: 'Coaches', columns: [{ key: 'id', header: 'ID' }], highlights: [] });
    const rules = fake.book.sheet('Supervision log')?.validations ?? [];
    expect(rules.map((v) => [v.a1, (v.rule as FakeValidation).range])).toEqual([
      ['C2:C201', null],
      ['B2:B201', 'Coaches!A2:A200'],
    ]);
  });

  it('refuses a sheet that exists and leaves it untouched', async () => {
    const { fake, port } = setUp({
      'Supervision log': [
        ['My own', 'data'],
        [1, 2],
      ],
    });
    await expect(port.addSheet(spec(3))).rejects.toThrow('A sheet called "Supervision log" already exists.');
    expect(fake.values('Supervision log')).toEqual([
      ['My own', 'data'],
      [1, 2],
    ]);
    expect(fake.book.sheet('Supervision log')?.validations).toEqual([]);
  });

  it('names a highlight on a column the sheet does not have', async () => {
    const { port } = setUp({ Coaches: [['ID']] });
    const bad = { ...spec(1), highlights: [{ column: 'nope', equals: 'x', style: 'bad' as const }] };
    await expect(port.addSheet(bad)).rejects.toThrow('Sheet "Supervision log" highlights an unknown column "nope".');
  });
});

describe('settings, sheets and host facts', () => {
  it('keeps settings as JSON in document properties, long ones split', async () => {
    const { fake, port } = setUp();
    const long = Array.from({ length: 400 }, (_, i) => ({ sheet: `Équipe ${i}`, header: 'Hours ≥ 0', column: i }));
    await port.setSetting('mappings', long);
    await port.setSetting('asOf', '2026-03-20');
    expect(await port.getSetting('mappings')).toEqual(long);
    expect(await port.getSetting('asOf')).toBe('2026-03-20');
    expect(await port.getSetting('never')).toBeUndefined();
    expect([...fake.documentProperties.values()].every((v) => v.length <= 8000 && /^[\x20-\x7e]*$/.test(v))).toBe(true);
    await port.setSetting('asOf', undefined);
    expect(await port.getSetting('asOf')).toBeUndefined();
  });

  it('lists sheets, deletes one, and tells the core how this spreadsheet counts days', async () => {
    const { port } = setUp({ A: [['x']], 'HWBC Report': [['y']] }, 'America/New_York');
    expect(await port.sheetNames()).toEqual(['A', 'HWBC Report']);
    await port.deleteSheet('HWBC Report');
    expect(await port.sheetNames()).toEqual(['A']);
    const info = await port.info();
    expect(info.dateSystem).toBe('sheets');
    expect(info.timeZone).toBe('America/New_York');
    expect(info.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
