/**
 * "Create template sheets" run through each host's own port — the Office.js port over
 * FakeExcel, the SpreadsheetApp port over FakeGas and the .xlsx port (saved and read back by
 * exceljs) — and each resulting sheet described the same host-neutral way.
 */
import ExcelJS from 'exceljs';
import { createTemplates } from '../../../shared/templates';
import { OfficeWorkbook } from '../../../src/excel/workbook/officeWorkbook';
import type { GasServices } from '../../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../../src/gas/server/sheetsWorkbook';
import { XlsxWorkbook } from '../../../src/xlsx/xlsxWorkbook';
import { FakeGas } from '../../support/fakeSpreadsheetApp';
import { FakeExcel } from '../../support/officeFakes';
import { fromExcel } from './readExcel';
import { fromSheets } from './readSheets';
import { fromXlsx } from './readXlsx';
import { describeSheet, type SheetDescription } from './sheetDescription';

/**
 * The moment every host takes for now: noon UTC, the same date (TODAY) in London and Los Angeles.
 *
 * @example
 * new FakeExcel([]).host({ now: NOW });
 */
export const NOW = new Date('2026-03-20T12:00:00Z');
/** @example new XlsxWorkbook({ today: TODAY, timeZone: ZONE }); */
export const TODAY = '2026-03-20';
/** @example new FakeGas({ timeZone: ZONE }); */
export const ZONE = 'Europe/London';

/** A workbook's sheets, in the order the host lists them, each described. */
export interface DescribedWorkbook {
  names: string[];
  sheets: Map<string, SheetDescription>;
}

const described = (names: string[], read: (name: string) => SheetDescription): DescribedWorkbook => ({
  names,
  sheets: new Map(names.map((n) => [n, read(n)])),
});

/**
 * @example
 * const excel = await templatesInExcel(true);
 */
export async function templatesInExcel(sample: boolean): Promise<DescribedWorkbook> {
  const excel = new FakeExcel([]);
  await createTemplates(new OfficeWorkbook(excel.host({ now: NOW })), { sample });
  return described([...excel.added], (n) => describeSheet(fromExcel(excel.sheet(n))));
}

/**
 * Sheets takes today from the clock (`new Date()` in its zone), so the caller fixes the
 * clock at NOW first (see withClockAt).
 *
 * @example
 * const sheets = await templatesInSheets(true);
 */
export async function templatesInSheets(sample: boolean): Promise<DescribedWorkbook> {
  const fake = new FakeGas({ timeZone: ZONE });
  await createTemplates(new SheetsWorkbook(fake as unknown as GasServices), { sample });
  return described(
    fake.book.sheets.map((s) => s.name),
    (n) => describeSheet(fromSheets(fake, n)),
  );
}

/**
 * @example
 * const xlsx = await templatesInXlsx(true);
 */
export async function templatesInXlsx(sample: boolean): Promise<DescribedWorkbook> {
  const wb = new XlsxWorkbook({ today: TODAY, timeZone: ZONE });
  await createTemplates(wb, { sample });
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  const visible = file.worksheets.filter((ws) => ws.state === 'visible');
  return described(
    visible.map((ws) => ws.name),
    (n) => describeSheet(fromXlsx(file.getWorksheet(n) as ExcelJS.Worksheet)),
  );
}

/**
 * Runs `work` with only the clock (Date) fixed at `now`; timers and promises run as usual.
 *
 * @example
 * await withClockAt(NOW, () => templatesInSheets(false));
 */
export async function withClockAt<T>(now: Date, work: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  try {
    return await work();
  } finally {
    jest.useRealTimers();
  }
}
