/**
 * Add-in settings inside an .xlsx file. Excel keeps add-in settings in the file's web
 * extension part and Apps Script in document properties; exceljs reaches neither, so a
 * "very hidden" sheet holds them (key in column A, JSON value in column B). Users cannot
 * unhide a very hidden sheet from the Excel menus, and the port leaves it out of
 * `sheetNames()` and `read()`, so templates and the check never see it.
 */
import type ExcelJS from 'exceljs';

/**
 * The name of the hidden settings sheet.
 *
 * @example
 * SETTINGS_SHEET; // 'hwbc_settings'
 */
export const SETTINGS_SHEET = 'hwbc_settings';

function findRow(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row | null {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(1).value === key) return ws.getRow(r);
  }
  return null;
}

/**
 * A setting's value, or undefined when it was never set.
 *
 * @example
 * readSetting(workbook, 'mappings'); // [{ sheet: 'Team', … }]
 */
export function readSetting(wb: ExcelJS.Workbook, key: string): unknown {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  const row = ws && findRow(ws, key);
  const text = row ? row.getCell(2).value : undefined;
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Stores a setting as JSON; `undefined` removes it.
 *
 * @example
 * writeSetting(workbook, 'asOf', '2026-03-20');
 */
export function writeSetting(wb: ExcelJS.Workbook, key: string, value: unknown): void {
  let ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const row = findRow(ws, key) ?? ws.getRow(ws.rowCount + 1);
  row.getCell(1).value = key;
  // A JSON text cell longer than Excel's 32,767 characters would be cut off on opening.
  const json = value === undefined ? null : JSON.stringify(value);
  if (json !== null && json.length > 32767)
    throw new Error(`The setting "${key}" is too large to keep in the workbook.`);
  row.getCell(2).value = json;
}
