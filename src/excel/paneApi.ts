/**
 * The task pane's API inside Excel: the shared pane service over the Office.js workbook, plus
 * what only the host can do: putting a formula in the selected cell, taking the user to a cell
 * a finding points at, and opening a new hire's own workbook in a new window.
 */
import type { PaneApi } from '../../shared/api';
import { cellToSelect, formulaToInsert, PANE_MESSAGES, selectionRange } from '../../shared/paneActions';
import type { WorkbookPort } from '../../shared/workbook';
import { excelRun, type ExcelRun } from './functions/excelContext';
import { lazyPaneService } from './lazyPaneService';
import { isItemNotFound } from './workbook/officeErrors';
import { OfficeWorkbook } from './workbook/officeWorkbook';
import { officeCreateWorkbook, openHireWorkbook, type CreateWorkbook } from './openHireWorkbook';

/** "Sheet1!B4" or "'Hours log'!B4" as a practice manager would say it: "cell B4 on Hours log". */
function describeCell(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return `cell ${address}`;
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return `cell ${address.slice(bang + 1)} on ${sheet}`;
}

/**
 * Writes a formula into the active cell, but only an empty one: the add-in never overwrites
 * what the user typed.
 *
 * @example
 * await insertFormula((batch) => Excel.run(batch), '=HWBC.TIER(250,TRUE,2)');
 */
export async function insertFormula(run: ExcelRun, formula: string): Promise<void> {
  formulaToInsert(formula);
  await run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load('address, values, formulas');
    await context.sync();
    const value: unknown = cell.values[0][0];
    const existing: unknown = cell.formulas[0][0];
    if (value !== '' || (existing !== '' && existing !== null && existing !== undefined)) {
      throw new Error(PANE_MESSAGES.cellNotEmpty(describeCell(cell.address)));
    }
    cell.formulas = [[formula]];
    await context.sync();
  });
}

/**
 * Shows a sheet and selects a cell (or the whole row when the column is not known).
 *
 * @example
 * await selectCell((batch) => Excel.run(batch), 'Coaches', 7, 'D');
 */
export async function selectCell(run: ExcelRun, sheet: string, row: number, column: string | null): Promise<void> {
  const target = cellToSelect(row, column);
  try {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(selectionRange(target)).select();
      await context.sync();
    });
  } catch (e) {
    throw isItemNotFound(e) ? new Error(PANE_MESSAGES.sheetGone(sheet)) : e;
  }
}

/**
 * The PaneApi the Excel task pane mounts with.
 *
 * @example
 * mountPane(document.getElementById('hwbc-root')!, excelPaneApi());
 */
export function excelPaneApi(
  port: WorkbookPort = new OfficeWorkbook(),
  run: ExcelRun = excelRun,
  createWorkbook: CreateWorkbook = officeCreateWorkbook,
): PaneApi {
  return {
    host: 'excel',
    // The workbook actions' code comes in its own file on first use (lazyPaneService.ts).
    ...lazyPaneService(port, 'excel'),
    insertFormula: (formula) => insertFormula(run, formula),
    selectCell: (sheet, row, column) => selectCell(run, sheet, row, column),
    openHireWorkbook: (details) => openHireWorkbook(details, port, createWorkbook),
  };
}
