/**
 * The same workbook checked in every host gives the same findings and coach summaries:
 * the Office.js port over FakeExcel (dates as serial numbers, 1900 and 1904 systems), the
 * SpreadsheetApp port over FakeGas (dates as Dates at midnight in the spreadsheet's zone —
 * London, where summer dates sit at 23:00 UTC the day before, and Los Angeles), the compiled
 * `hwbc check --json` on an .xlsx file, and the in-memory workbook. The workbooks are the
 * Riverside practice fixture (typed in, so its real dates are date cells, and as text) and
 * the template's demonstration workbook, made in each host by that host's own renderer.
 * Writing the HWBC Report takes a fixed number of host calls, with or without 10,000 more
 * log rows.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPORT_NAME } from '../../shared/check';
import { createTemplates } from '../../shared/templates';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { AS_OF, HOURS, riverside, TEAM } from '../check/riversideFixture';
import { FakeExcel } from '../support/officeFakes';
import { inSheetsWidths } from './support/inSheetsWidths';
import { checkThrough, cliCheck, compileCli, counted, type Outcome, type PortCall } from './support/checkHosts';
import {
  asGiven,
  excelSheets,
  type Fixture,
  type FixtureCell,
  memoryWith,
  saveXlsx,
  sheetsWith,
  typedDates,
} from './support/fixtureInHosts';
import { fromExcel } from './support/readExcel';
import { fromSheets } from './support/readSheets';
import { fromXlsx } from './support/readXlsx';
import { describeSheet } from './support/sheetDescription';
import { NOW, withClockAt } from './support/templateHosts';

let dir: string;
beforeAll(() => {
  compileCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-hosts-'));
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const riversideSheets = () => Object.fromEntries([...riverside().sheets].map(([name, s]) => [name, s.values]));

/** Sam Jones's 10,000 more sessions, six a day (each day over five) back from the as-of date. */
function withLongLog(fixture: Fixture): Fixture {
  const extra = Array.from({ length: 10_000 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 2, 19 - Math.floor(i / 6))).toISOString().slice(0, 10);
    return [{ date: day }, 'Sam Jones', `X-${i}`, 50, 'Yes', 'Y', 'Follow-up'];
  });
  return { ...fixture, [HOURS]: [...fixture[HOURS], ...extra] };
}

/** A day `days` after an ISO date. */
const later = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** Summer: the same workbook with every date 120 days later, so most of them fall in British Summer Time. */
const SUMMER_DAYS = 120;
const SUMMER_AS_OF = later(AS_OF, SUMMER_DAYS);
function inSummer(fixture: Fixture): Fixture {
  const cell = (v: FixtureCell): FixtureCell =>
    v !== null && typeof v === 'object' ? { date: later(v.date, SUMMER_DAYS) } : v;
  return Object.fromEntries(Object.entries(fixture).map(([name, rows]) => [name, rows.map((r) => r.map(cell))]));
}

/** A host: how to load a fixture into it and check it there (as of `asOf`). */
type Host = [name: string, check: (fixture: Fixture, asOf?: string) => Promise<Outcome>];

const inExcel =
  (system: '1900' | '1904') =>
  async (fixture: Fixture, asOf = AS_OF) => {
    const excel = new FakeExcel(excelSheets(fixture, system));
    return checkThrough(new OfficeWorkbook(excel.host({ dateSystem: system, now: NOW })), asOf);
  };
const inSheets =
  (zone: string) =>
  async (fixture: Fixture, asOf = AS_OF) => {
    const fake = sheetsWith(fixture, zone);
    return withClockAt(NOW, () => checkThrough(new SheetsWorkbook(fake as unknown as GasServices), asOf));
  };
let files = 0;
const inXlsxFile = async (fixture: Fixture, asOf = AS_OF) => {
  const file = path.join(dir, `workbook-${++files}.xlsx`);
  await saveXlsx(fixture, file);
  return cliCheck(file, asOf);
};

const HOSTS: Host[] = [
  ['Excel, 1900 dates', inExcel('1900')],
  ['Excel, 1904 dates', inExcel('1904')],
  ['Google Sheets in London', inSheets('Europe/London')],
  ['Google Sheets in Los Angeles', inSheets('America/Los_Angeles')],
  ['an .xlsx file checked by hwbc check', inXlsxFile],
  ['the in-memory workbook', async (fixture, asOf = AS_OF) => checkThrough(memoryWith(fixture, asOf), asOf)],
];

describe('the Riverside workbook', () => {
  let expected: Outcome;
  beforeAll(async () => {
    expected = await checkThrough(riverside(), AS_OF);
  });

  it('gives its 24 findings in memory, as typed in (the reference for every host)', () => {
    expect(expected.findings).toHaveLength(24);
    expect(expected.coaches.map((c) => c.coach)).toEqual(['Sam Jones', 'Ali Khan', 'Pat Lee']);
  });

  it.each(HOSTS)('gives the same findings and coach summaries in %s, dates typed as dates', async (_host, check) => {
    expect(await check(typedDates(riversideSheets()))).toEqual(expected);
  });

  it.each(HOSTS)('gives the same findings and coach summaries in %s, dates kept as text', async (_host, check) => {
    expect(await check(asGiven(riversideSheets()))).toEqual(expected);
  });

  describe('in summer (every date 120 days later, checked as of 18 July 2026)', () => {
    let summer: Outcome;
    beforeAll(async () => {
      summer = await checkThrough(memoryWith(inSummer(typedDates(riversideSheets())), SUMMER_AS_OF), SUMMER_AS_OF);
    });

    it('has dates Sheets gives as 23:00 UTC the day before in London, and findings that name them', () => {
      const fake = sheetsWith(inSummer(typedDates(riversideSheets())), 'Europe/London');
      const dates = [TEAM, HOURS].flatMap((s) => fake.values(s).flat()).filter((v): v is Date => v instanceof Date);
      expect(dates.filter((d) => d.toISOString().endsWith('T23:00:00.000Z')).length).toBeGreaterThan(10);
      expect(summer.findings.some((f) => /\d+ (Jun|Jul) 2026/.test(f.message))).toBe(true);
    });

    it.each(HOSTS)('gives the same findings and coach summaries in %s', async (_host, check) => {
      expect(await check(inSummer(typedDates(riversideSheets())), SUMMER_AS_OF)).toEqual(summer);
    });
  });

  it.each(HOSTS)('with 10,000 more log rows, gives the same findings in %s as in memory', async (_host, check) => {
    const long = withLongLog(typedDates(riversideSheets()));
    const reference = await checkThrough(memoryWith(long, AS_OF), AS_OF);
    expect(reference.findings.length).toBeGreaterThan(1600);
    expect(await check(long)).toEqual(reference);
  });
});

describe('the demonstration workbook, made by each host’s own renderer', () => {
  let expected: Outcome;
  beforeAll(async () => {
    const memory = new MemoryWorkbook({ today: AS_OF });
    await createTemplates(memory, { sample: true });
    expected = await checkThrough(memory, AS_OF);
  });

  it('has coaches and findings to compare', () => {
    expect(expected.coaches.length).toBeGreaterThanOrEqual(5);
    expect(new Set(expected.findings.map((f) => f.severity))).toEqual(new Set(['action', 'warning', 'note']));
  });

  it('gives the same findings in Excel', async () => {
    const excel = new FakeExcel([]);
    const port = new OfficeWorkbook(excel.host({ now: NOW }));
    await createTemplates(port, { sample: true });
    expect(await checkThrough(port, AS_OF)).toEqual(expected);
  });

  it.each(['Europe/London', 'America/Los_Angeles'])('gives the same findings in Google Sheets in %s', async (zone) => {
    const port = new SheetsWorkbook(sheetsWith({}, zone) as unknown as GasServices);
    const outcome = await withClockAt(NOW, async () => {
      await createTemplates(port, { sample: true });
      return checkThrough(port, AS_OF);
    });
    expect(outcome).toEqual(expected);
  });

  it('gives the same findings from hwbc check on the .xlsx file', async () => {
    const wb = new XlsxWorkbook({ today: AS_OF });
    await createTemplates(wb, { sample: true });
    const file = path.join(dir, 'demonstration.xlsx');
    await wb.save(file);
    expect(cliCheck(file, AS_OF)).toEqual(expected);
  });
});

describe('the HWBC Report sheet', () => {
  it('is the same sheet in Excel, Google Sheets and an .xlsx file', async () => {
    const fixture = inSummer(typedDates(riversideSheets()));
    const excel = new FakeExcel(excelSheets(fixture, '1900'));
    await checkThrough(new OfficeWorkbook(excel.host({ now: NOW })), SUMMER_AS_OF);
    const fake = sheetsWith(fixture, 'Europe/London');
    await withClockAt(NOW, () => checkThrough(new SheetsWorkbook(fake as unknown as GasServices), SUMMER_AS_OF));
    const xlsx = new XlsxWorkbook({ today: AS_OF });
    for (const [name, rows] of Object.entries(fixture)) await xlsx.write(name, { row: 0, col: 0 }, rows);
    await checkThrough(xlsx, SUMMER_AS_OF);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await xlsx.toBuffer()) as unknown as ArrayBuffer);

    const inXlsx = describeSheet(fromXlsx(file.getWorksheet(REPORT_NAME) as ExcelJS.Worksheet));
    // Coach rows carry due dates, shown as dates in every host.
    expect(Object.values(inXlsx.cells).filter((c) => typeof c === 'object' && 'date' in c).length).toBeGreaterThan(3);
    expect(inXlsx.highlights.length).toBeGreaterThan(5);
    expect(describeSheet(fromExcel(excel.sheet(REPORT_NAME)))).toEqual(inXlsx);
    expect(describeSheet(fromSheets(fake, REPORT_NAME))).toEqual(inSheetsWidths(inXlsx));
  });
});

describe('writing the HWBC Report', () => {
  /** The port calls of a check, and those that wrote the report (every call after the reads). */
  async function reportCalls(check: (fixture: Fixture) => Promise<PortCall[]>, fixture: Fixture) {
    const log = await check(fixture);
    const report = log.filter((c) => ['addSheet', 'deleteSheet', 'setSetting'].includes(c.method));
    expect(report.map((c) => c.method)).toEqual(['addSheet', 'setSetting']);
    expect(report[0].sheet).toBe('HWBC Report');
    return { all: log, report };
  }

  const inExcelCounted = async (fixture: Fixture) => {
    const excel = new FakeExcel(excelSheets(fixture, '1900'));
    const { port, log } = counted(new OfficeWorkbook(excel.host({ now: NOW })), () => excel.syncs);
    await checkThrough(port, AS_OF);
    return log;
  };
  const inSheetsCounted = async (fixture: Fixture) => {
    const fake = sheetsWith(fixture, 'Europe/London');
    fake.resetCalls();
    const { port, log } = counted(new SheetsWorkbook(fake as unknown as GasServices), () => fake.callCount());
    await withClockAt(NOW, () => checkThrough(port, AS_OF));
    return log;
  };
  const inMemoryCounted = async (fixture: Fixture) => {
    const memory = memoryWith(fixture, AS_OF);
    const { port, log } = counted(memory, () => memory.calls);
    await checkThrough(port, AS_OF);
    return log;
  };

  // Excel reads in blocks sized to its 5 MB payload limit: a longer log may take one more
  // block, never more for 10,000 short rows (its size, a measuring block, then the rest).
  it.each([
    ['Excel (syncs)', inExcelCounted, false],
    ['Google Sheets (service calls)', inSheetsCounted, true],
    ['the in-memory workbook (port calls)', inMemoryCounted, true],
  ])('takes the same host calls in %s with 10,000 more log rows', async (_h, check, fixedReads) => {
    const fixture = typedDates(riversideSheets());
    const small = await reportCalls(check, fixture);
    const large = await reportCalls(check, withLongLog(fixture));
    expect(small.report.reduce((n, c) => n + c.hostCalls, 0)).toBeGreaterThan(0);
    expect(large.report).toEqual(small.report);
    if (fixedReads) expect(large.all).toEqual(small.all);
    else
      expect(Math.max(...large.all.filter((c) => c.method === 'read').map((c) => c.hostCalls))).toBeLessThanOrEqual(3);
  });

  it('writes the report in Excel with one sync to check the name is free, one for its layout, formats and rows', async () => {
    const { report } = await reportCalls(inExcelCounted, withLongLog(typedDates(riversideSheets())));
    expect(report.map((c) => c.hostCalls)).toEqual([2, 0]);
  });
});
