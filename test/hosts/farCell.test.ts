/**
 * A stray value in a far corner of a sheet (XFD1048576, the last cell Excel has) read through
 * each host's port: only the rows and columns holding data are read, in a bounded number of
 * round trips, and the check gives the same findings as without it. A value far down in a
 * column the check reads (a session typed at row 1,048,576 of the log) is data: it is checked
 * and named at its own cell. A value in a column no table uses is not: it changes nothing.
 */
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { AS_OF, HOURS, riverside } from '../check/riversideFixture';
import { FakeExcel, type FakeSheet } from '../support/officeFakes';
import { checkThrough, type Outcome } from './support/checkHosts';
import { excelSheets, type Fixture, typedDates } from './support/fixtureInHosts';
import { NOW } from './support/templateHosts';

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
