/**
 * The server's half of "Check this workbook" run in steps from the sidebar: the sidebar asks
 * for one block of rows at a time (so no single Apps Script execution comes near its 6-minute
 * limit however large the workbook, and the sidebar can show progress and stop between steps),
 * then sends every block back to one last step that checks and writes the report here, on the
 * server. The sidebar itself carries none of the check, only its progress and Cancel.
 */
import type { CheckOptions } from '../../../shared/api';
import type { CheckResult } from '../../../shared/check/types';
import { paneService } from '../../../shared/paneService';
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import type { SheetData } from '../../../shared/workbook';
import type { RowBlock, SheetBox, StepCell, StepSheet, StepStart } from '../common/stepTypes';
import { sheetDataBoxes, takeRows } from './dataBoxes';
import { plainData } from './plainData';
import { runToCompletion } from './runToCompletion';
import { isDate } from './sheetsDates';
import { SheetsWorkbook } from './sheetsWorkbook';
import { gasServices } from './gasServices';
import { spreadsheetTimeZone } from './spreadsheetContext';
import { zoneDates } from './zoneDates';

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
 * Up to `count` rows of a sheet's data: the first step of a sheet (`rest` null) finds where
 * its data is (dataBoxes.ts), every step reads the next rows of it and says what is left.
 *
 * @example
 * hwbcStepRead('Hours log', null, 2000); // { pieces: [{ box: { row: 1, col: 1, rows: 2000, cols: 12 }, values, formulas }], rest: [...] }
 */
export function hwbcStepRead(sheetName: string, rest: SheetBox[] | null, count: number): RowBlock {
  const sheet = gasServices().SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet called "${sheetName}".`);
  const next = takeRows(rest ?? sheetDataBoxes(sheet), count);
  const pieces = next.taken.map((box) => {
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    return {
      box,
      values: range.getValues().map((row) => row.map(stepCell)),
      formulas: range.getFormulas().map((row) => row.map((f) => (f === '' ? null : f))),
    };
  });
  return { pieces, rest: next.rest };
}

/** A sheet rebuilt from the blocks the sidebar read: a Date came as { ms } and is a Date again. */
function sentSheet({ name, pieces }: StepSheet): SheetData {
  const cells = new SheetCells();
  for (const { box, values, formulas } of pieces) {
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const value = v !== null && typeof v === 'object' ? new Date(v.ms) : v;
        const formula = formulas[i]?.[j] ?? null;
        if (value !== null || formula !== null) cells.add(box.row - 1 + i, box.col - 1 + j, value, formula);
      }),
    );
  }
  return sheetFromCells(name, cells);
}

/** The active spreadsheet, except that a sheet the sidebar has read comes from its blocks. */
class SentSheets extends SheetsWorkbook {
  constructor(private readonly sent: Map<string, StepSheet>) {
    super();
  }

  override async read(name: string): Promise<SheetData> {
    const sheet = this.sent.get(name);
    if (!sheet) return super.read(name);
    // Each sheet is rebuilt once, and its blocks let go as soon as it is.
    this.sent.delete(name);
    return sentSheet(sheet);
  }
}

/**
 * The last step of a check: checks the sheets the sidebar read (a sheet added since is read
 * now, one deleted since is left out), writes the HWBC Report sheet and answers the result as
 * plain data. No sheet is read again, so this step costs the check itself, not the reading.
 *
 * @example
 * hwbcStepCheck([{ name: 'Coaches', pieces }, …], { asOf: '2026-03-20' }); // { asOf, coaches, findings, mappings, reportSheet }
 */
export function hwbcStepCheck(sheets: StepSheet[], options: CheckOptions | null): CheckResult {
  const port = new SentSheets(new Map(sheets.map((s) => [s.name, s])));
  const result = runToCompletion(() => paneService(port, 'sheets').checkWorkbook(options ?? {}));
  const services = gasServices();
  return plainData(result, (d) => zoneDates(spreadsheetTimeZone(services), services.Utilities).toIso(d)) as CheckResult;
}
