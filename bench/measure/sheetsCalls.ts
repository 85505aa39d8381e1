/**
 * Host calls in Google Sheets: work done through the SpreadsheetApp port over FakeGas (the
 * fake of the Apps Script tests), counting every service call it makes.
 */
import type { SheetData, WorkbookPort } from '../../shared/workbook';
import type { GasServices } from '../../src/gas/server/gasServices';
import { SheetsWorkbook } from '../../src/gas/server/sheetsWorkbook';
import { type CallCensus, FakeGas } from '../../test/support/fakeSpreadsheetApp';

/**
 * The sheet's cells as a user would type them into Sheets: "=…" becomes a formula there.
 *
 * @example
 * typedCells(await wb.read('Hours log'))[1][4]; // '=IF(D2="","",D2/60)'
 */
export function typedCells(sheet: SheetData): unknown[][] {
  return sheet.values.map((row, r) => row.map((v, c) => sheet.formulas[r][c] ?? v ?? ''));
}

/**
 * The SpreadsheetApp, PropertiesService and Utilities calls `work` makes on a spreadsheet
 * holding `sheets`.
 *
 * @example
 * await sheetsServiceCalls(sheets, (port) => checkWorkbook(port, { asOf: '2026-03-20' })); // 175
 */
export async function sheetsServiceCalls(
  sheets: readonly SheetData[],
  work: (port: WorkbookPort) => Promise<unknown>,
): Promise<number> {
  const fake = new FakeGas({ sheets: Object.fromEntries(sheets.map((s) => [s.name, typedCells(s)])) });
  fake.resetCalls();
  await work(new SheetsWorkbook(fake as unknown as GasServices));
  return fake.callCount();
}

/**
 * The same work's calls by kind: reads, writes, reads that flush queued writes, and the
 * builder calls that stay on the Apps Script side (see test/gas/fake/callKinds.ts).
 *
 * @example
 * (await sheetsCallCensus([], (port) => createTemplates(port, {}))).flushingReads; // 0
 */
export async function sheetsCallCensus(
  sheets: readonly SheetData[],
  work: (port: WorkbookPort) => Promise<unknown>,
): Promise<CallCensus & { calls: readonly string[] }> {
  const fake = new FakeGas({ sheets: Object.fromEntries(sheets.map((s) => [s.name, typedCells(s)])) });
  fake.resetCalls();
  await work(new SheetsWorkbook(fake as unknown as GasServices));
  return { ...fake.census(), calls: [...fake.calls] };
}
