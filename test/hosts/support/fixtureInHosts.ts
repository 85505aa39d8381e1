/**
 * One fixture workbook (sheets of plain cells, dates marked `{ date }`) loaded into each host
 * the way that host holds it: Excel gives a date as a serial number (1900 or 1904 system),
 * Google Sheets as a Date at midnight in the spreadsheet's time zone (23:00 UTC the day before
 * in British Summer Time), an .xlsx file as a date cell, the in-memory workbook as ISO text.
 * Text is always text: nothing here is re-typed by a host's guessing.
 */
import ExcelJS from 'exceljs';
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import type { CellValue } from '../../../shared/workbook';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { zonedInstant } from '../../gas/fake/zoneDates';
import { FakeGas } from '../../support/fakeSpreadsheetApp';
import type { FakeSheet } from '../../support/officeFakes';

/** A cell of a fixture: a value, or a real date (not text that looks like one). */
export type FixtureCell = string | number | boolean | null | { date: IsoDate };
export type Fixture = Record<string, FixtureCell[][]>;

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(y: number, m: number, d: number): IsoDate | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : null;
}

/**
 * The fixture as a user in the UK would have typed it into a spreadsheet: text that is a real
 * date (yyyy-mm-dd or dd/mm/yyyy) becomes a date; "31/02/2026", "soon" and the rest stay text.
 *
 * @example
 * typedDates({ Log: [['2026-03-04', '31/02/2026']] }); // { Log: [[{ date: '2026-03-04' }, '31/02/2026']] }
 */
export function typedDates(sheets: Record<string, readonly (readonly CellValue[])[]>): Fixture {
  const cell = (v: CellValue): FixtureCell => {
    if (typeof v !== 'string') return v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v;
    const dmy = DMY.exec(v.trim());
    const ymd = YMD.exec(v.trim());
    const iso = dmy ? realDate(+dmy[3], +dmy[2], +dmy[1]) : ymd ? realDate(+ymd[1], +ymd[2], +ymd[3]) : null;
    return iso ? { date: iso } : v;
  };
  return Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.map((r) => r.map(cell))]));
}

/**
 * The fixture with every cell as given (its dates stay text, as in a column formatted as text).
 *
 * @example
 * asGiven({ Log: [['2026-03-04']] }); // { Log: [['2026-03-04']] }
 */
export function asGiven(sheets: Record<string, readonly (readonly CellValue[])[]>): Fixture {
  const cell = (v: CellValue): FixtureCell => (v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v);
  return Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.map((r) => r.map(cell))]));
}

const isDate = (v: FixtureCell): v is { date: IsoDate } => v !== null && typeof v === 'object';
const width = (rows: readonly FixtureCell[][]) => Math.max(0, ...rows.map((r) => r.length));

/** Days from 30 Dec 1899 (the 1900 system after February 1900), or from 1 Jan 1904. */
function serial(iso: IsoDate, system: '1900' | '1904'): number {
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000;
  return system === '1904' ? days - 1462 : days;
}

/**
 * The fixture as Excel's `getUsedRange` reports it: a rectangle from A1, blanks as "".
 *
 * @example
 * new FakeExcel(excelSheets(fixture, '1900'));
 */
export function excelSheets(fixture: Fixture, system: '1900' | '1904'): FakeSheet[] {
  return Object.entries(fixture).map(([name, rows]) => {
    const cols = width(rows);
    const values = rows.map((r) =>
      Array.from({ length: cols }, (_, c) => {
        const v = r[c] ?? null;
        return v === null ? '' : isDate(v) ? serial(v.date, system) : v;
      }),
    );
    return { name, values };
  });
}

/**
 * A fake spreadsheet in `timeZone` holding the fixture as Sheets returns it: dates as Dates
 * at local midnight, text as text (written behind Sheets' "'" so it is never re-read).
 *
 * @example
 * const fake = sheetsWith(fixture, 'Europe/London');
 */
export function sheetsWith(fixture: Fixture, timeZone: string): FakeGas {
  const fake = new FakeGas({ timeZone });
  for (const [name, rows] of Object.entries(fixture)) {
    fake.setSheet(
      name,
      rows.map((r) =>
        r.map((v) => {
          if (v === null) return '';
          if (isDate(v)) {
            const [y, m, d] = v.date.split('-').map(Number);
            return new Date(zonedInstant(y, m, d, 0, 0, 0, timeZone));
          }
          return typeof v === 'string' ? `'${v}` : v;
        }),
      ),
    );
  }
  return fake;
}

/**
 * The fixture as an .xlsx file: date cells (exceljs writes a Date at UTC midnight as that
 * day), shared-string text, numbers.
 *
 * @example
 * await saveXlsx(fixture, '/tmp/riverside.xlsx');
 */
export async function saveXlsx(fixture: Fixture, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(fixture)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (isDate(v)) {
          cell.value = new Date(`${v.date}T00:00:00Z`);
          cell.numFmt = 'dd/mm/yyyy';
        } else cell.value = v;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

/**
 * The fixture in the in-memory workbook: dates as ISO text, as it keeps a written date.
 *
 * @example
 * const wb = memoryWith(fixture, '2026-03-20');
 */
export function memoryWith(fixture: Fixture, today: IsoDate): MemoryWorkbook {
  return MemoryWorkbook.withSheets(
    today,
    Object.fromEntries(
      Object.entries(fixture).map(([name, rows]) => [name, rows.map((r) => r.map((v) => (isDate(v) ? v.date : v)))]),
    ),
  );
}
