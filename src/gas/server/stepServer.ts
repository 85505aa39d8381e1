/**
 * The server's half of long operations run in steps: the sidebar drives "Check this
 * workbook" itself and asks the server for one small piece at a time (a block of rows, a
 * block to write), so no single Apps Script execution comes near its 6-minute limit however
 * large the workbook, and the sidebar can show progress and stop between steps.
 */
import { presenceGrid } from '../../../shared/check/read/checkValue';
import type { FormulaRequest, RowBlock, SheetBox, StepCall, StepCell, StepStart } from '../common/stepTypes';
import { PANE_MESSAGES } from '../../../shared/paneActions';
import { sheetDataBoxes, takeRows } from './dataBoxes';
import { runToCompletion } from './runToCompletion';
import { isDate } from './sheetsDates';
import { SheetsWorkbook } from './sheetsWorkbook';
import { gasServices } from './gasServices';

const stepCell = (v: unknown): StepCell =>
  v === '' || v === undefined ? null : isDate(v) ? { ms: (v as Date).getTime() } : (v as StepCell);

/**
 * The spreadsheet's facts and its sheet names: the first step of a check. With `cells` above
 * 0 it also finds where each sheet's data is and reads the values of the sheets that fit, whole,
 * in that many cells between them, so a sheet of usual size costs the reads the port's own
 * check makes (its name, where its data ends, its values) and no step of its own; each sheet
 * comes back as what was read of it and what is left (steppedPort.ts).
 *
 * @example
 * hwbcStepStart(); // { info: { dateSystem: 'sheets', timeZone: 'Europe/London', today: '2026-03-20' }, sheets: ['Coaches', …] }
 * hwbcStepStart(24_000).ahead?.[0]; // { pieces: [{ box, values, formulas: [] }], rest: [] }
 */
export function hwbcStepStart(cells: number = 0): StepStart {
  const port = new SheetsWorkbook();
  // The sheets and their names from the port's own list: one getSheets and one getName a sheet.
  const { info, names } = runToCompletion(async () => ({ info: await port.info(), names: await port.sheetNames() }));
  const sheets = port.sheetsInOrder();
  if (cells <= 0) return { info, sheets: names };
  let left = cells;
  const ahead = sheets.map((sheet): RowBlock => {
    const boxes = sheetDataBoxes(sheet);
    const size = boxes.reduce((sum, box) => sum + box.rows * box.cols, 0);
    if (size > left) return { pieces: [], rest: boxes };
    left -= size;
    return { pieces: boxes.map((box) => ({ box, values: valuesOf(sheet, box), formulas: [] })), rest: [] };
  });
  return { info, sheets: names, ahead };
}

/** A box's values as they cross google.script.run. */
function valuesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, box: SheetBox): StepCell[][] {
  return sheet
    .getRange(box.row, box.col, box.rows, box.cols)
    .getValues()
    .map((row) => row.map(stepCell));
}

/** The sheet a step works on, by the name the first step gave: renamed or deleted since, it says so. */
function sheetCalled(sheetName: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = gasServices().SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(PANE_MESSAGES.sheetGone(sheetName));
  return sheet;
}

/**
 * Up to `count` rows of a sheet's data: the first step of a sheet (`rest` null) finds where
 * its data is (dataBoxes.ts), every step reads the next rows of it and says what is left.
 * Formulas come back as their presence only (presenceGrid, shared/check/read/checkValue.ts).
 * With `withFormulas` false only the values are read (formulas come back empty): the check
 * reads formulas apart, only of the sheets it needs them of (hwbcStepFormulas).
 *
 * @example
 * hwbcStepRead('Hours log', null, 2000); // { pieces: [{ box: { row: 1, col: 1, rows: 2000, cols: 12 }, values, formulas }], rest: [...] }
 */
export function hwbcStepRead(
  sheetName: string,
  rest: SheetBox[] | null,
  count: number,
  withFormulas: boolean = true,
): RowBlock {
  const sheet = sheetCalled(sheetName);
  const next = takeRows(rest ?? sheetDataBoxes(sheet), count);
  const pieces = next.taken.map((box) => {
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    const values = range.getValues().map((row) => row.map(stepCell));
    const formulas = withFormulas ? presenceGrid(range.getFormulas(), (r, c) => values[r]?.[c]) : [];
    return { box, values, formulas };
  });
  return { pieces, rest: next.rest };
}

/**
 * Up to `count` rows, between them, of the formulas of sheets whose values were read before
 * (each with the boxes still to read, `rest`), as their presence (presenceGrid): the small
 * sheets' formulas in one step. `shown` lists a sheet's cells that show text starting "="
 * (1-based), whose formula text the check compares with it; no value is read again.
 *
 * @example
 * hwbcStepFormulas([{ sheet: 'Coaches', rest: [{ row: 1, col: 1, rows: 41, cols: 12 }], shown: [] }], 2000);
 * // [{ pieces: [{ box, values: [], formulas }], rest: [] }]
 */
export function hwbcStepFormulas(wanted: FormulaRequest[], count: number): RowBlock[] {
  let left = Math.max(1, count);
  return wanted.map(({ sheet: name, rest, shown }) => {
    if (left <= 0 || rest.length === 0) return { pieces: [], rest };
    const sheet = sheetCalled(name);
    const next = takeRows(rest, left);
    const text = new Map(shown.map((c) => [`${c.row},${c.col}`, c.text]));
    const pieces = next.taken.map((box) => {
      left -= box.rows;
      const formulas = sheet.getRange(box.row, box.col, box.rows, box.cols).getFormulas();
      const shownAt = (r: number, c: number) => text.get(`${box.row + r},${box.col + c}`) ?? null;
      return { box, values: [], formulas: presenceGrid(formulas, shownAt) };
    });
    return { pieces, rest: next.rest };
  });
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
