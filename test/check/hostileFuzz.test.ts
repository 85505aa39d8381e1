/**
 * Hostile workbooks, generated: coaches and a log holding any mix of long text, control
 * characters, error values, numbers of every size, dates inside and outside the calendar,
 * blanks, and a stray value far from the rest, built in every host's port (in memory, the
 * Office.js fake, the SpreadsheetApp fake, an .xlsx file). Whatever they hold, the check
 * finishes, every finding names a sheet of the workbook and a real cell, and no sheet but
 * the report changes.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import type { SheetData, WorkbookPort } from '../../shared/workbook';
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import {
  excelSheets,
  type Fixture,
  type FixtureCell,
  memoryWith,
  saveXlsx,
  sheetsWith,
} from '../hosts/support/fixtureInHosts';
import { NOW, withClockAt } from '../hosts/support/templateHosts';
import { FakeExcel } from '../support/officeFakes';

const AS_OF = '2026-03-20';
let dir: string;
let files = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-fuzz-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ERRORS = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#VALUE!', '#NUM!', '#NULL!'];
const DATES = ['0001-01-01', '1899-12-31', '1900-01-01', '1900-02-28', '2026-03-10', '9999-12-31'];

/** One hostile cell. */
const cell: fc.Arbitrary<FixtureCell> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 3000, maxLength: 3000 }).map((s) => `Sam ${s}`),
  fc.constantFrom(...ERRORS),
  fc.constantFrom('Sam Jones', 'Kit Day', '\u001b[2JSam', 'Sam\r\nwarning', '=1+1', "'quoted"),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
  fc.constantFrom(...DATES).map((date) => ({ date })),
  fc.constantFrom(...DATES),
  fc.constantFrom('31/02/2026', '15/03/0026', '2026-13-01'),
);

const row = (width: number) => fc.array(cell, { minLength: width, maxLength: width });

/** Coaches, a log and a Settings sheet, headed as a practice would head them, hostile below. */
const workbook: fc.Arbitrary<Fixture> = fc
  .record({
    coaches: fc.array(row(6), { minLength: 0, maxLength: 6 }),
    log: fc.array(row(5), { minLength: 0, maxLength: 12 }),
    settings: row(3),
    stray: fc.boolean(),
  })
  .map(({ coaches, log, settings, stray }) => {
    const team: FixtureCell[][] = [
      ['Name', 'WTE', 'Start date', 'Last LM', 'Hours', 'Tier'],
      ['Sam Jones', 1, { date: '2020-01-01' }, { date: '2026-03-10' }, 120, 1],
      ...coaches,
    ];
    // A stray value far below and to the right of the team (a host's used range grows to it).
    if (stray) team[60] = [...Array<FixtureCell>(40).fill(null), 'stray'];
    return {
      Team: Array.from(team, (r) => r ?? []),
      'Hours log': [['Date', 'Coach', 'Client ref', 'Minutes', 'Kind'], ...log],
      Settings: [
        ['Setting', 'As-of date', 'Line management every (months)', 'Due soon warning (days)'],
        ['Your value', ...settings],
      ],
    };
  });

type Host = [
  name: string,
  open: (fixture: Fixture) => Promise<{ port: WorkbookPort; run: <T>(f: () => Promise<T>) => Promise<T> }>,
];

const direct = <T>(f: () => Promise<T>) => f();
const HOSTS: Host[] = [
  ['the in-memory workbook', async (f) => ({ port: memoryWith(f, AS_OF), run: direct })],
  [
    'Excel (Office.js fake)',
    async (f) => ({ port: new OfficeWorkbook(new FakeExcel(excelSheets(f, '1900')).host({ now: NOW })), run: direct }),
  ],
  [
    'Google Sheets (SpreadsheetApp fake)',
    async (f) => ({
      port: new SheetsWorkbook(sheetsWith(f, 'Europe/London') as unknown as GasServices),
      run: (g) => withClockAt(NOW, g),
    }),
  ],
  [
    'an .xlsx file',
    async (f) => {
      const file = path.join(dir, `fuzz-${++files}.xlsx`);
      await saveXlsx(f, file);
      return { port: await XlsxWorkbook.fromFile(file, { today: AS_OF }), run: direct };
    },
  ],
];

async function readAll(port: WorkbookPort, names: readonly string[]): Promise<SheetData[]> {
  const out: SheetData[] = [];
  for (const name of names) out.push(await port.read(name));
  return out;
}

describe.each(HOSTS)('a hostile workbook in %s', (_, open) => {
  it('is checked to the end, every finding names a real cell, and only the report is written', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (fixture) => {
        const { port, run } = await open(fixture);
        const names = Object.keys(fixture);
        const before = await run(() => readAll(port, names));
        const result = await run(() => checkWorkbook(port, { asOf: AS_OF }));
        expect(result.reportSheet).toBe('HWBC Report');
        for (const f of result.findings) {
          expect([...names, 'HWBC Report']).toContain(f.sheet);
          if (f.row !== null) expect(f.row).toBeGreaterThanOrEqual(1);
          if (f.column !== null) expect(f.column).toMatch(/^[A-Z]{1,3}$/);
          expect(f.message.length).toBeLessThanOrEqual(2000);
          // eslint-disable-next-line no-control-regex
          expect(f.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        }
        expect(await run(() => port.sheetNames())).toEqual([...names, 'HWBC Report']);
        expect(await run(() => readAll(port, names))).toEqual(before);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
