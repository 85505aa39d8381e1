/**
 * The server's half of long operations run in steps: the sidebar drives "Check this
 * workbook" itself and asks the server for one small piece at a time (a block of rows, a
 * block to write), so no single Apps Script execution comes near its 6-minute limit however
 * large the workbook, and the sidebar can show progress and stop between steps.
 */
import type { RowBlock, StepCall, StepCell, StepStart } from '../common/stepTypes';
import { runToCompletion } from './runToCompletion';
import { isDate } from './sheetsDates';
import { SheetsWorkbook } from './sheetsWorkbook';
import { gasServices } from './gasServices';

const stepCell = (v: unknown): StepCell =>
  v === '' || v === undefined ? null : isDate(v) ? { ms: (v as Date).getTime() } : (v as StepCell);

/**
 * The spreadsheet's facts and its sheet names: the first step of a check.
 *
 * @example
 * hwbcStepStart(); // { info: { dateSystem: 'sheets', timeZone: 'Europe/London', today: '2026-03-20' }, sheets: ['Coaches', …] }
 */
export function hwbcStepStart(): StepStart {
  const port = new SheetsWorkbook();
  return runToCompletion(async () => ({ info: await port.info(), sheets: await port.sheetNames() }));
}

/**
 * Rows `first` to `first + count - 1` (0-based) of a sheet's data range, with the range's size.
 *
 * @example
 * hwbcStepRead('Hours log', 0, 5000); // { rows: 80001, cols: 12, values: [...5000 rows], formulas: [...] }
 */
export function hwbcStepRead(sheetName: string, first: number, count: number): RowBlock {
  const sheet = gasServices().SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet called "${sheetName}".`);
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const take = Math.min(count, rows - first);
  if (rows === 0 || cols === 0 || take <= 0) return { rows, cols, values: [], formulas: [] };
  const range = sheet.getRange(first + 1, 1, take, cols);
  return {
    rows,
    cols,
    values: range.getValues().map((row) => row.map(stepCell)),
    formulas: range.getFormulas().map((row) => row.map((f) => (f === '' ? null : f))),
  };
}

/**
 * One port call: a block written, a sheet added (its rows follow in write steps), a setting.
 *
 * @example
 * hwbcStep({ method: 'write', sheet: 'HWBC Report', at: { row: 1, col: 0 }, block: [['Coach', 'Finding']] });
 */
export function hwbcStep(call: StepCall): unknown {
  const port = new SheetsWorkbook();
  return runToCompletion(async () => {
    switch (call.method) {
      case 'write':
        return port.write(call.sheet, call.at, call.block);
      case 'addSheet':
        return port.addSheet(call.spec);
      case 'deleteSheet':
        return port.deleteSheet(call.sheet);
      case 'getSetting':
        return (await port.getSetting(call.key)) ?? null;
      case 'setSetting':
        return port.setSetting(call.key, call.value);
    }
  });
}
