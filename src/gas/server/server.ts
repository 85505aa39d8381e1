/**
 * What the sidebar calls through google.script.run (names in entryPoints.ts). Workbook work
 * goes through the same pane service as Excel and the demo, over the SpreadsheetApp port;
 * only inserting a formula and selecting a cell talk to Sheets directly.
 */
import type {
  CheckOptions,
  FunctionInfo,
  NewHireDetails,
  NewHireResult,
  SignOffPackResult,
  SelfTestResult,
  TemplateOptions,
  TemplateResult,
} from '../../../shared/api';
import type { CheckResult, SheetMapping } from '../../../shared/check/types';
import { cellToSelect, formulaToInsert, PANE_MESSAGES, selectionRange } from '../../../shared/paneActions';
import { paneService, type PortMethods } from '../../../shared/paneService';
import { gasServices } from './gasServices';
import { plainData } from './plainData';
import { runToCompletion } from './runToCompletion';
import { SheetsWorkbook } from './sheetsWorkbook';
import { spreadsheetTimeZone } from './spreadsheetContext';
import { zoneDates } from './zoneDates';

/**
 * The pane service over the active spreadsheet.
 *
 * @example
 * runToCompletion(() => sheetsPaneService().listTemplateSheets()); // ['Coaches', …]
 */
export function sheetsPaneService(): PortMethods {
  return paneService(new SheetsWorkbook(), 'sheets');
}

/** Runs a pane action to the end and returns plain data (no Dates) for the sidebar. */
function answer<T>(work: (service: PortMethods) => Promise<T>): T {
  const result = runToCompletion(() => work(sheetsPaneService()));
  const services = gasServices();
  return plainData(result, (d) => zoneDates(spreadsheetTimeZone(services), services.Utilities).toIso(d)) as T;
}

const orEmpty = <T extends object>(v: T | null | undefined): T => v ?? ({} as T);

/*
 * One per PaneApi workbook method, each answering at once with plain data, e.g.
 *   hwbcCreateTemplates({ sample: true }); // { added: ['Coaches', …], skipped: [] }
 *   hwbcCheckWorkbook({ asOf: '2026-03-20' }); // { asOf, coaches, findings, mappings, reportSheet }
 */
export const hwbcListTemplateSheets = (): string[] => answer((s) => s.listTemplateSheets());
export const hwbcCreateTemplates = (options?: TemplateOptions): TemplateResult =>
  answer((s) => s.createTemplates(orEmpty(options)));
export const hwbcNewHire = (details: NewHireDetails): NewHireResult => answer((s) => s.newHire(details));
export const hwbcGuessMappings = (): SheetMapping[] => answer((s) => s.guessMappings());
export const hwbcCheckWorkbook = (options?: CheckOptions): CheckResult =>
  answer((s) => s.checkWorkbook(orEmpty(options)));
export const hwbcSignOffPack = (coach: string, options?: { asOf?: string }): SignOffPackResult =>
  answer((s) => s.signOffPack(coach, orEmpty(options)));
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
