/**
 * Host round trips in Excel: work done through the Office.js port over FakeExcel (the
 * office-addin-mock workbook of the host tests), counting `context.sync()` calls.
 */
import '../jestShim';
import type { SheetData, WorkbookPort } from '../../shared/workbook';
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { FakeExcel, type FakeSheet } from '../../test/support/officeFakes';

/**
 * A sheet as Excel's used range reports it: a constant's formula is its value, and a formula
 * cell's value is blank here (nothing calculates in the fake; the check reads the logs).
 *
 * @example
 * excelSheet(await wb.read('Coaches')).formulas[1][10]; // '=IF(A2="","",IF(COUNTIFS(Training!$A:$A,…'
 */
export function excelSheet(sheet: SheetData): FakeSheet {
  return {
    name: sheet.name,
    rowIndex: sheet.top,
    columnIndex: sheet.left,
    values: sheet.values.map((row, r) => row.map((v, c) => (sheet.formulas[r][c] !== null ? '' : (v ?? '')))),
    formulas: sheet.values.map((row, r) => row.map((v, c) => sheet.formulas[r][c] ?? v ?? '')),
  };
}

/**
 * The `context.sync()` calls `work` makes on an Excel workbook holding `sheets`.
 *
 * @example
 * await officeSyncs(sheets, (port) => checkWorkbook(port, { asOf: '2026-03-20' })); // 11
 */
export async function officeSyncs(
  sheets: readonly SheetData[],
  work: (port: WorkbookPort) => Promise<unknown>,
): Promise<number> {
  const excel = new FakeExcel(sheets.map(excelSheet));
  await work(new OfficeWorkbook(excel.host()));
  return excel.syncs;
}

/** What a task sent and received through the Office.js fake. */
export interface OfficePayload {
  syncs: number;
  largestRequest: number;
  largestResponse: number;
}

/**
 * The `context.sync()` calls and the largest single request and response of `work` on an
 * Excel workbook holding `sheets` (the fake refuses any over Excel on the web's 5 MB).
 *
 * @example
 * await officePayload(sheets, (port) => checkWorkbook(port, { asOf: '2026-03-20' }));
 * // { syncs: 31, largestRequest: 3210441, largestResponse: 3355012 }
 */
export async function officePayload(
  sheets: readonly SheetData[],
  work: (port: WorkbookPort) => Promise<unknown>,
): Promise<OfficePayload> {
  const excel = new FakeExcel(sheets.map(excelSheet));
  await work(new OfficeWorkbook(excel.host()));
  return {
    syncs: excel.syncs,
    largestRequest: excel.payload.largestRequest,
    largestResponse: excel.payload.largestResponse,
  };
}
