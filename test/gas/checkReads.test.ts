/**
 * What "Check this workbook" reads in Google Sheets, counted through the fake by kind of call:
 * each sheet's name, where its data ends and its values; formulas only for the sheets whose
 * formulas the check needs (those it reads rows from, Settings, the Monthly summary), since
 * Sheets shows a formula's calculated value. And the check finds exactly what it finds when
 * every sheet's formulas are read with its values.
 */
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { checkWorkbook } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import type { WorkbookPort } from '../../shared/workbook';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { AS_OF, riverside } from '../check/riversideFixture';
import { sheetsWith, typedDates } from '../hosts/support/fixtureInHosts';
import { withClockAt, NOW } from '../hosts/support/templateHosts';

const team = (rows: number): unknown[][] => [
  ['Name', 'Hours', 'Start'],
  ...Array.from({ length: rows }, (_, i) => [`Coach ${i + 1}`, i * 10, '2026-03-15']),
];

/** The same spreadsheet through a port that reads every sheet's formulas with its values. */
function bothAtOnce(port: SheetsWorkbook): WorkbookPort {
  return {
    info: () => port.info(),
    sheetNames: () => port.sheetNames(),
    read: (name) => port.read(name),
    write: (name, at, block) => port.write(name, at, block),
    addSheet: (spec) => port.addSheet(spec),
    deleteSheet: (name) => port.deleteSheet(name),
    getSetting: (key) => port.getSetting(key),
    setSetting: (key, value) => port.setSetting(key, value),
  };
}

/** The check through the port, with the sheets whose formulas it read. */
async function checkCounting(fake: FakeGas) {
  const port = new SheetsWorkbook(fake as unknown as GasServices);
  const formulasOf: string[] = [];
  const readFormulas = port.readFormulas.bind(port);
  port.readFormulas = (sheets) => (formulasOf.push(...sheets.map((s) => s.name)), readFormulas(sheets));
  fake.resetCalls();
  const result = await withClockAt(NOW, () => checkWorkbook(port, { asOf: AS_OF, writeReport: false }));
  return { result, formulasOf, census: fake.census() };
}

const checkBoth = (fake: FakeGas) =>
  withClockAt(NOW, () =>
    checkWorkbook(bothAtOnce(new SheetsWorkbook(fake as unknown as GasServices)), { asOf: AS_OF, writeReport: false }),
  );

describe('the check in Google Sheets', () => {
  it('reads each sheet in three calls, and formulas only of the sheets it reads rows from', async () => {
    const sheets = { Coaches: team(3), Notes: [['x', '=text typed']], Lists: [['a'], ['b']], Empty: [] };
    const fake = new FakeGas({ sheets });
    const { formulasOf, census } = await checkCounting(fake);
    const n = Object.keys(sheets).length;
    expect(formulasOf).toEqual(['Coaches']);
    expect(fake.callCount('Sheet.getName')).toBe(n);
    expect(fake.callCount('Sheet.getDataRange')).toBe(n);
    expect(fake.callCount('Range.getValues')).toBe(n);
    expect(fake.callCount('Range.getFormulas')).toBe(1);
    // The fixed few: the sheet list, the spreadsheet's time zone and its document properties.
    expect(census.reads).toBe(3 + 3 * n + 1);
    expect(census.flushingReads).toBe(0);
  });

  it('reads the formulas of Settings and the Monthly summary, which it reads cell by cell', async () => {
    const fake = new FakeGas({ sheets: {} });
    await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample: true });
    const { formulasOf, census } = await checkCounting(fake);
    expect(formulasOf).toEqual(expect.arrayContaining(['Settings', 'Monthly summary', 'Coaches', 'Hours log']));
    expect(formulasOf).not.toContain('Competencies');
    expect(fake.callCount('Range.getFormulas')).toBe(formulasOf.length);
    const names = fake.callCount('Sheet.getName');
    expect(names).toBe(10);
    expect(census.reads).toBe(3 + 3 * names + formulasOf.length);
  });

  it('finds what it finds with every formula read, in the templates with the sample team', async () => {
    const fake = new FakeGas({ sheets: {} });
    await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample: true });
    const { result } = await checkCounting(fake);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result).toEqual(await checkBoth(fake));
  });

  it("reads the formulas of Competencies too when Settings' evidence rows-read cell is typed over, and warns as with every formula read", async () => {
    const fake = new FakeGas({ sheets: {} });
    await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample: true });
    fake.quiet(() => {
      const settings = fake.book.sheet('Settings');
      const headers = settings?.getRange(1, 1, 1, 40).getValues()[0] ?? [];
      const col = headers.indexOf('Evidence log rows read') + 1;
      expect(col).toBeGreaterThan(0);
      settings?.getRange(4, col).setValue(900);
    });
    const { result, formulasOf } = await checkCounting(fake);
    expect(formulasOf).toContain('Competencies');
    expect(formulasOf.filter((n) => n === 'Competencies')).toHaveLength(1);
    expect(result.findings.filter((f) => f.rule === 'data.rows-read').map((f) => f.sheet)).toEqual(['Settings']);
    expect(result).toEqual(await checkBoth(fake));
  });

  it('finds what it finds with every formula read, in the Riverside workbook', async () => {
    const fixture = typedDates(Object.fromEntries([...riverside().sheets].map(([name, s]) => [name, s.values])));
    const fake = sheetsWith(fixture, 'Europe/London');
    const { result } = await checkCounting(fake);
    expect(result.coaches.length).toBeGreaterThan(0);
    expect(result).toEqual(await checkBoth(fake));
  });
});
