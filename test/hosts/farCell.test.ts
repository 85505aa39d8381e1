/**
 * A stray value in a far corner of a sheet (XFD1048576, the last cell Excel has) read through
 * each host's port: only the rows and columns holding data are read, in a bounded number of
 * round trips, and the check gives the same findings as without it. A value far down in a
 * column the check reads (a session typed at row 1,048,576 of the log) is data: it is checked
 * and named at its own cell. A value in a column no table uses is not: it changes nothing.
 */
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { STRAY_BOX_CELLS } from '../../src/gas/server/dataBoxes';
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { sidebarCheck } from '../../src/gas/sidebar/checkChunk';
import { sheetsPaneApi } from '../../src/gas/sidebar/sidebarApi';
import { serverCalls, type ServerCall } from '../../src/gas/sidebar/scriptRun';
import type { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from '../gas/support/builtGas';
import { loadCode } from '../gas/support/loadCode';
import { AS_OF, HOURS, riverside, TEAM } from '../check/riversideFixture';
import { FakeExcel, type FakeSheet } from '../support/officeFakes';
import { checkThrough, type Outcome } from './support/checkHosts';
import { excelSheets, type Fixture, sheetsWith, typedDates } from './support/fixtureInHosts';
import { NOW, withClockAt } from './support/templateHosts';

const LAST_ROW = 1048575;
const LAST_COL = 16383;
/** The Riverside workbook's sheets, each with a stray cell in some of these tests. */
const SHEETS = riverside().sheets.size;
const fixture = (): Fixture =>
  typedDates(Object.fromEntries([...riverside().sheets].map(([name, s]) => [name, s.values])));

/** A session of Sam Jones's typed on the log's last row, in the log's own columns (A to G). */
const FAR_SESSION = ['2026-03-02', 'Sam Jones', 'FAR-1', 'soon', 'Yes', 'Y', '1:1'];

type Far = NonNullable<FakeSheet['far']>;
const strayEverywhere = (sheets: FakeSheet[]): FakeSheet[] =>
  sheets.map((s) => ({ ...s, far: [{ row: LAST_ROW, col: LAST_COL, value: 'stray' }] }));
const farSession = (sheets: FakeSheet[]): FakeSheet[] =>
  sheets.map((s) =>
    s.name === HOURS ? { ...s, far: FAR_SESSION.map((value, col): Far[number] => ({ row: LAST_ROW, col, value })) } : s,
  );

describe.each(['1900', '1904'] as const)('Excel (%s dates), a far stray cell', (system) => {
  const check = async (sheets: FakeSheet[], syncLimit = Infinity) => {
    const excel = new FakeExcel(sheets);
    excel.syncLimit = syncLimit;
    const outcome = await checkThrough(new OfficeWorkbook(excel.host({ dateSystem: system, now: NOW })), AS_OF);
    return { outcome, excel };
  };
  let plain: { outcome: Outcome; excel: FakeExcel };
  beforeAll(async () => {
    plain = await check(excelSheets(fixture(), system));
  });

  it('outside every table, changes no finding, in a few more round trips of the same size', async () => {
    const far = await check(strayEverywhere(excelSheets(fixture(), system)), plain.excel.syncs + 3 * SHEETS);
    expect(far.outcome).toEqual(plain.outcome);
    // Each sheet's used range now reaches XFD1048576: a round or two more to find its data.
    expect(far.excel.syncs).toBeLessThanOrEqual(plain.excel.syncs + 3 * SHEETS);
    // What was read: the same cells and one more per sheet.
    expect(far.excel.payload.received).toBeLessThanOrEqual(plain.excel.payload.received + 100 * SHEETS);
    expect(far.excel.payload.largestResponse).toBeLessThanOrEqual(plain.excel.payload.largestResponse + 1000);
    expect(far.excel.payload.refused).toBe(0);
  });

  it('in the columns of the log, is a session: checked and named at its own row', async () => {
    const far = await check(farSession(excelSheets(fixture(), system)), plain.excel.syncs + 3 * SHEETS);
    const atFarRow = far.outcome.findings.filter((f) => f.row === LAST_ROW + 1);
    expect(atFarRow).toEqual([expect.objectContaining({ sheet: HOURS, column: 'D', coach: 'Sam Jones' })]);
    expect(far.outcome.findings.filter((f) => f.row !== LAST_ROW + 1)).toEqual(plain.outcome.findings);
    expect(far.excel.payload.received).toBeLessThanOrEqual(plain.excel.payload.received + 1000);
    expect(far.excel.payload.refused).toBe(0);
  });
});

/**
 * Sheets: a spreadsheet holds at most 10,000,000 cells, so the furthest a stray value can sit
 * beside the Riverside team (15 columns wide, widened to 26 by the stray) is row 384,615; the
 * fake refuses more, as Google does.
 */
const SHEETS_FAR_ROW = 380_000;

/** A stray in Z380000 of the team sheet, and Sam's far session on row 380,000 of the log. */
function sheetsWithStrays(session: boolean): FakeGas {
  const fake = sheetsWith(fixture(), 'Europe/London');
  const put = (sheet: string, col: number, value: string) =>
    fake.quiet(() => fake.book.sheet(sheet)?.getRange(SHEETS_FAR_ROW, col).setValue(`'${value}`));
  if (session) FAR_SESSION.forEach((value, col) => put(HOURS, col + 1, value));
  else put(TEAM, 26, 'stray');
  return fake;
}

describe('Google Sheets, a far stray cell', () => {
  const check = (fake: FakeGas) =>
    withClockAt(NOW, () => checkThrough(new SheetsWorkbook(fake as unknown as GasServices), AS_OF));
  let plain: Outcome;
  let plainCalls: number;
  let plainRead: number;
  beforeAll(async () => {
    const fake = sheetsWith(fixture(), 'Europe/London');
    plain = await check(fake);
    [plainCalls, plainRead] = [fake.callCount(), fake.book.largestRead];
  });

  it('outside every table, changes no finding, reading a few thousand cells at most at once, in a bounded number of calls', async () => {
    const fake = sheetsWithStrays(false);
    fake.resetCalls();
    expect(await check(fake)).toEqual(plain);
    expect(fake.book.largestRead).toBeLessThanOrEqual(Math.max(plainRead, STRAY_BOX_CELLS));
    // About 25 halvings of the 9,880,000-cell grid, three calls each (range, finder, search) for two halves.
    expect(fake.callCount()).toBeLessThanOrEqual(plainCalls + 200);
    expect(fake.callCount('TextFinder.findNext')).toBeLessThanOrEqual(60);
  });

  it('in the columns of the log, is a session: checked and named at its own row', async () => {
    const fake = sheetsWithStrays(true);
    const far = await check(fake);
    const atFarRow = far.findings.filter((f) => f.row === SHEETS_FAR_ROW);
    expect(atFarRow).toEqual([expect.objectContaining({ sheet: HOURS, column: 'D', coach: 'Sam Jones' })]);
    expect(far.findings.filter((f) => f.row !== SHEETS_FAR_ROW)).toEqual(plain.findings);
    expect(fake.book.largestRead).toBeLessThanOrEqual(Math.max(plainRead, STRAY_BOX_CELLS));
  });

  it('in the sidebar’s steps (the built Code.js), the same findings in a few short steps', async () => {
    await ensureGasBuild();
    const fake = sheetsWithStrays(true);
    const { global } = loadCode(fake);
    let steps = 0;
    const call: ServerCall = async <T>(name: string, ...args: unknown[]) => {
      if (name === 'hwbcStepRead') steps++;
      const out = (global[name] as (...a: unknown[]) => unknown)(...JSON.parse(JSON.stringify(args)));
      return JSON.parse(JSON.stringify(out ?? null)) as T;
    };
    const result = await withClockAt(NOW, () =>
      sheetsPaneApi(serverCalls(call), async () => sidebarCheck).checkWorkbook({ asOf: AS_OF }, {}),
    );
    const far = result.findings.filter((f) => f.row === SHEETS_FAR_ROW);
    expect(far.map((f) => `${f.sheet}!${f.column}${f.row}`)).toEqual([`${HOURS}!D${SHEETS_FAR_ROW}`]);
    expect(result.findings.length).toBe(plain.findings.length + 1);
    // One step a sheet for its few rows, one more for the far session: not 190 steps of empty rows.
    expect(steps).toBeLessThanOrEqual(2 * SHEETS);
    expect(fake.book.largestRead).toBeLessThanOrEqual(Math.max(plainRead, STRAY_BOX_CELLS));
  }, 300_000);
});
