/**
 * The server's half of long operations run in steps: the sidebar drives "Check this
 * workbook" itself and asks the server for one small piece at a time (a block of rows, a
 * block to write), so no single Apps Script execution comes near its 6-minute limit however
 * large the workbook, and the sidebar can show progress and stop between steps.
 */
import type { RowBlock, SheetBox, StepCall, StepCell, StepStart } from '../common/stepTypes';
import { sheetDataBoxes, takeRows } from './dataBoxes';
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

/** What a formula cell's formula comes back as when its text is not needed (see formulaPresence). */
const FORMULA_PRESENT = '=';

/**
 * Which cells hold a formula, not their text: the readers in the sidebar (the check, guessing
 * what a sheet holds, the sign-off pack) ask only whether a cell has one, and a template's long
 * per-row formulas (thousands of characters a row) would otherwise be most of what crosses
 * google.script.run. A formula whose cell shows text starting "=" keeps its text, since a
 * reader compares the two to spot a formula shown uncalculated (shared/check/read/checkValue.ts).
 *
 * @example
 * formulaPresence([['=SUM(A1:A9)', '']], [[45, 'x']]); // [['=', null]]
 */
function formulaPresence(formulas: string[][], values: readonly (readonly unknown[])[]): (string | null)[][] {
  return formulas.map((row, r) =>
    row.map((f, c) => {
      if (f === '') return null;
      const shown = values[r]?.[c];
      return typeof shown === 'string' && shown.startsWith('=') ? f : FORMULA_PRESENT;
    }),
  );
}

/**
 * Up to `count` rows of a sheet's data: the first step of a sheet (`rest` null) finds where
 * its data is (dataBoxes.ts), every step reads the next rows of it and says what is left.
 * Formulas come back as their presence only (formulaPresence). With `withFormulas` false only
 * the values are read (formulas come back empty): guessing what each sheet holds needs none.
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
  const sheet = gasServices().SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet called "${sheetName}".`);
  const next = takeRows(rest ?? sheetDataBoxes(sheet), count);
  const pieces = next.taken.map((box) => {
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    const values = range.getValues().map((row) => row.map(stepCell));
    return {
      box,
      values,
      formulas: withFormulas ? formulaPresence(range.getFormulas(), values) : [],
    };
  });
  return { pieces, rest: next.rest };
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
