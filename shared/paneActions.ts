/**
 * The pane's host actions (putting a formula in the selected cell, taking the user to a
 * finding's cell) validated and worded once: the Excel task pane, the Sheets server and the
 * demo page check their arguments here and say the same things in the same words. Each host
 * then does only the part it alone can: finding the selected cell, selecting a range.
 */
import { showValue } from './values/messages';

/**
 * What the pane's actions and the workbook ports say to the user.
 *
 * @example
 * PANE_MESSAGES.noSheet('Coaches'); // 'There is no sheet called "Coaches".'
 */
export const PANE_MESSAGES = {
  notAFormula: (text: string) =>
    `"${text}" is not a formula: it should start with "=", as every formula starts with "=".`,
  /** `how` says how to select a cell in that host (the demo page's table is not a spreadsheet). */
  noCellSelected: (how = 'Select an empty cell') => `No cell is selected. ${how} first, then choose Insert again.`,
  /** `where` says the cell as the host knows it: "cell C2 on Hours log", "cell B2". */
  cellNotEmpty: (where: string) =>
    `The selected ${where} is not empty, so nothing was changed. Select an empty cell, then choose Insert again.`,
  notARow: (row: unknown) => `Row must be a whole number from 1, got ${showValue(row)}.`,
  notAColumn: (column: unknown) => `Column must be a letter such as K, got ${showValue(column)}.`,
  noSheet: (sheet: string) => `There is no sheet called "${sheet}".`,
  /** A sheet the last check found is renamed or deleted since: checking again finds it as it is now. */
  sheetGone: (sheet: string) => `There is no sheet called "${sheet}" any more. Run the check again.`,
};

/**
 * The formula to insert, or an error saying it is not one.
 *
 * @example
 * formulaToInsert('=HWBC.TIER(250)'); // '=HWBC.TIER(250)'
 * formulaToInsert('HWBC.TIER(250)');  // throws: "HWBC.TIER(250)" is not a formula: …
 */
export function formulaToInsert(formula: unknown): string {
  if (typeof formula !== 'string' || !formula.startsWith('='))
    throw new Error(PANE_MESSAGES.notAFormula(String(formula)));
  return formula;
}

/**
 * The cell a finding points at, checked: a row from 1 and a column letter, or the whole row
 * when there is no column (null or '').
 *
 * @example
 * cellToSelect(7, 'K');  // { row: 7, column: 'K' }
 * cellToSelect(3, '');   // { row: 3, column: null }
 * cellToSelect(0, 'K');  // throws: Row must be a whole number from 1, got 0.
 */
export function cellToSelect(row: unknown, column: unknown): { row: number; column: string | null } {
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1) throw new Error(PANE_MESSAGES.notARow(row));
  if (column === null || column === '') return { row, column: null };
  if (typeof column !== 'string' || !/^[A-Z]{1,3}$/.test(column)) throw new Error(PANE_MESSAGES.notAColumn(column));
  return { row, column };
}

/**
 * The A1 range a finding selects: its cell, or its whole row.
 *
 * @example
 * selectionRange({ row: 7, column: 'K' });  // 'K7'
 * selectionRange({ row: 3, column: null }); // '3:3'
 */
export function selectionRange(target: { row: number; column: string | null }): string {
  return target.column ? `${target.column}${target.row}` : `${target.row}:${target.row}`;
}
