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

/**
 * The first step of a check: the spreadsheet's facts and its sheet names; when asked to read
 * ahead, each sheet's values that fitted in the step (values only) and what is left of it.
 */
export interface StepStart {
  info: HostInfo;
  sheets: string[];
  /** One a sheet, in the order of `sheets`. */
  ahead?: RowBlock[];
}

/**
 * A cell that shows text starting "=" (1-based), whose formula's text a step keeps (formulaPresence).
 *
 * @example
 * const shown: ShownCell = { row: 4, col: 2, text: '=x' };
 */
export interface ShownCell {
  row: number;
  col: number;
  text: string;
}

/**
 * The formulas a check still wants of a sheet whose values it read: the boxes left to read and
 * its cells showing text starting "=".
 *
 * @example
 * const wanted: FormulaRequest = { sheet: 'Coaches', rest: [{ row: 1, col: 1, rows: 41, cols: 12 }], shown: [] };
 */
export interface FormulaRequest {
  sheet: string;
  rest: SheetBox[];
  shown: ShownCell[];
}

/** The port calls the sidebar makes one at a time, with plain-data arguments. */
export type StepCall =
  | { method: 'write'; sheet: string; at: CellRef; block: WriteValue[][] }
  | { method: 'addSheet'; spec: SheetSpec }
  | { method: 'deleteSheet'; sheet: string }
  | { method: 'getSetting'; key: string }
  | { method: 'setSetting'; key: string; value: unknown };
