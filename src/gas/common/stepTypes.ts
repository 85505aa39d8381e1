/**
 * The plain data a check run in steps passes between the sidebar (steppedPort.ts) and the
 * server (stepServer.ts). Both sides compile against these types; none of them holds a Date,
 * because a Date does not survive google.script.run.
 */
import type { CellRef, HostInfo, SheetSpec, WriteValue } from '../../../shared/workbook';

/** A cell as it crosses google.script.run: a Date becomes { ms } (Dates cannot cross). */
export type StepCell = string | number | boolean | null | { ms: number };

/** A box of cells, 1-based, as Sheet.getRange(row, column, rows, columns) takes it. */
export interface SheetBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One step's read: some of a sheet's boxes with data, and the boxes still to read after them. */
export interface RowBlock {
  pieces: { box: SheetBox; values: StepCell[][]; formulas: (string | null)[][] }[];
  rest: SheetBox[];
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
