/**
 * What the sidebar calls through google.script.run (names in entryPoints.ts). Workbook work
 * goes through the same shared actions as Excel and the demo, over the SpreadsheetApp port;
 * only inserting a formula and selecting a cell talk to Sheets directly. The check, guessing
 * mappings and the sign-off pack are not here: the sidebar runs them itself over short steps
 * (stepServer.ts), with their code from the SidebarCheck file (hwbcCheckScript in menu.ts), so
 * Code.js, which Apps Script loads for every custom function, does not carry the check.
 */
import type { FunctionInfo, NewHireDetails, NewHireResult, SelfTestResult } from '../../../shared/api';
import { listFunctions } from '../../../shared/functions/listFunctions';
import { cellToSelect, formulaToInsert, PANE_MESSAGES, selectionRange } from '../../../shared/paneActions';
import type { PortMethods } from '../../../shared/paneService';
import { createSelfTest } from '../../../shared/selftest/createSelfTest';
import { addNewHire, createTemplates, TEMPLATE_SHEET_NAMES } from '../../../shared/templates';
import { gasServices } from './gasServices';
import { plainData } from './plainData';
import { runToCompletion } from './runToCompletion';
import { SheetsWorkbook } from './sheetsWorkbook';
import { spreadsheetTimeZone } from './spreadsheetContext';
import { zoneDates } from './zoneDates';

/** The pane's actions the server itself runs: each one short, none of them the check. */
export type ServerActions = Pick<
  PortMethods,
  'listTemplateSheets' | 'createTemplates' | 'newHire' | 'listFunctions' | 'createSelfTest'
>;

/**
 * The server's actions over the active spreadsheet.
 *
 * @example
 * runToCompletion(() => sheetsServerActions().listTemplateSheets()); // ['Coaches', …]
 */
export function sheetsServerActions(): ServerActions {
  const port = new SheetsWorkbook();
  return {
    listTemplateSheets: async () => [...TEMPLATE_SHEET_NAMES],
    createTemplates: (options) => createTemplates(port, options),
    newHire: (details) => addNewHire(port, details),
    listFunctions: async () => listFunctions('sheets'),
    createSelfTest: () => createSelfTest(port, 'sheets'),
  };
}

/** Runs an action to the end and returns plain data (no Dates) for the sidebar. */
function answer<T>(work: (actions: ServerActions) => Promise<T>): T {
  const result = runToCompletion(() => work(sheetsServerActions()));
  const services = gasServices();
  return plainData(result, (d) => zoneDates(spreadsheetTimeZone(services), services.Utilities).toIso(d)) as T;
}

/*
 * One per server action, each answering at once with plain data, e.g.
 *   hwbcNewHire(details); // { added: ['Coaches row 9', …], skipped: [] }
 */
export const hwbcListTemplateSheets = (): string[] => answer((s) => s.listTemplateSheets());
export const hwbcNewHire = (details: NewHireDetails): NewHireResult => answer((s) => s.newHire(details));
export const hwbcListFunctions = (): FunctionInfo[] => answer((s) => s.listFunctions());
export const hwbcCreateSelfTest = (): SelfTestResult => answer((s) => s.createSelfTest());

/**
 * Puts a formula into the selected cell. It refuses a cell that holds anything, so the add-in
 * never replaces what the user typed.
 *
 * @example
 * hwbcInsertFormula('=HWBC_TIER(250,TRUE,2)');
 */
export function hwbcInsertFormula(formula: string): void {
  formulaToInsert(formula);
  const ss = gasServices().SpreadsheetApp.getActiveSpreadsheet();
  const cell = ss.getCurrentCell();
  if (!cell) throw new Error(PANE_MESSAGES.noCellSelected());
  if (cell.getFormula() !== '' || cell.getValue() !== '') {
    throw new Error(PANE_MESSAGES.cellNotEmpty(`cell ${cell.getA1Notation()}`));
  }
  cell.setFormula(formula);
}

/**
 * Selects a cell (or a whole row when there is no column) so a finding link takes the user there.
 *
 * @example
 * hwbcSelectCell('Coaches', 7, 'K');
 */
export function hwbcSelectCell(sheet: string, row: number, column: string | null): void {
  const cell = cellToSelect(row, column);
  const target = gasServices().SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
  if (!target) throw new Error(PANE_MESSAGES.sheetGone(sheet));
  target.getRange(selectionRange(cell)).activate();
}
