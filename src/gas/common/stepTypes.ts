/**
 * The plain data a check run in steps passes between the sidebar (steppedPort.ts) and the
 * server (stepServer.ts). Both sides compile against these types; none of them holds a Date,
 * because a Date does not survive google.script.run.
 */
import type { CellRef, HostInfo, SheetSpec, WriteValue } from '../../../shared/workbook';

/** A cell as it crosses google.script.run: a Date becomes { ms } (Dates cannot cross). */
export type StepCell = string | number | boolean | null | { ms: number };

/** One block of a sheet's rows, and the size of the whole sheet. */
export interface RowBlock {
  /** Rows and columns of the sheet's data range (0 × 0 for an empty sheet). */
  rows: number;
  cols: number;
  values: StepCell[][];
  formulas: (string | null)[][];
}

/** The first step of a check: the spreadsheet's facts and its sheet names. */
export interface StepStart {
  info: HostInfo;
  sheets: string[];
}

/** The port calls the sidebar makes one at a time, with plain-data arguments. */
export type StepCall =
  | { method: 'write'; sheet: string; at: CellRef; block: WriteValue[][] }
  | { method: 'addSheet'; spec: SheetSpec }
  | { method: 'deleteSheet'; sheet: string }
  | { method: 'getSetting'; key: string }
  | { method: 'setSetting'; key: string; value: unknown };
