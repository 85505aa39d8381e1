/**
 * The workbook port over SpreadsheetApp: what templates and the workbook check use in Google
 * Sheets. Every method is a fixed number of service calls whatever the number of rows: a
 * sheet is read with one getValues and one getFormulas, a block written with one setValues.
 */
import type {
  CellRef,
  CellValue,
  HostInfo,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../shared/workbook';
import { PANE_MESSAGES } from '../../shared/paneActions';
import { applyPending, type PendingDropDown } from './dataValidation';
import { readSetting, writeSetting } from './documentSettings';
import { gasServices, type GasServices } from './gasServices';
import { renderSheetSpec } from './renderSheetSpec';
import { isDate } from './sheetsDates';
import { rectangularRuns, toSheetsCell } from './writeValues';
import { type ZoneDates, zoneDates } from './zoneDates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets gives "" for an empty cell; the port's readers expect null, as the other hosts give. */
function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  if (isDate(v) || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v as CellValue;
  return String(v);
}

/**
 * The active spreadsheet behind the workbook port.
 *
 * @example
 * const port = new SheetsWorkbook();
 * await createTemplates(port, {});
 */
export class SheetsWorkbook implements WorkbookPort {
  private readonly services: Pick<GasServices, 'SpreadsheetApp' | 'PropertiesService' | 'Utilities'>;
  private book: Spreadsheet | null = null;
  private zone: string | null = null;
  /** Drop-downs whose list sheet is created later in the same run (see dataValidation.ts). */
  private pending: PendingDropDown[] = [];

  constructor(services: Pick<GasServices, 'SpreadsheetApp' | 'PropertiesService' | 'Utilities'> = gasServices()) {
    this.services = services;
  }

  private get ss(): Spreadsheet {
    if (!this.book) this.book = this.services.SpreadsheetApp.getActiveSpreadsheet();
    return this.book;
  }

  private get timeZone(): string {
    if (this.zone === null) this.zone = this.ss.getSpreadsheetTimeZone();
    return this.zone;
  }

  private get dates(): ZoneDates {
    return zoneDates(this.timeZone, this.services.Utilities);
  }

  private sheet(name: string): Sheet {
    const sheet = this.ss.getSheetByName(name);
    if (!sheet) throw new Error(PANE_MESSAGES.noSheet(name));
    return sheet;
  }

  async info(): Promise<HostInfo> {
    const today = this.services.Utilities.formatDate(new Date(), this.timeZone, 'yyyy-MM-dd');
    return { dateSystem: 'sheets', timeZone: this.timeZone, today };
  }

  async sheetNames(): Promise<string[]> {
    return this.ss.getSheets().map((s) => s.getName());
  }

  async read(name: string): Promise<SheetData> {
    // The data range always starts at A1 in Sheets, so top and left are 0.
    const range = this.sheet(name).getDataRange();
    const values = range.getValues().map((row) => row.map(cellValue));
    const formulas = range.getFormulas().map((row) => row.map((f) => (f === '' ? null : f)));
    // An empty sheet's data range is A1 alone, holding nothing.
    if (values.length === 1 && values[0].length === 1 && values[0][0] === null && formulas[0][0] === null) {
      return { name, top: 0, left: 0, values: [], formulas: [] };
    }
    return { name, top: 0, left: 0, values, formulas };
  }

  async write(name: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    const runs = rectangularRuns(block);
    if (runs.length === 0) return;
    const sheet = this.ss.getSheetByName(name) ?? this.ss.insertSheet(name, this.ss.getNumSheets());
    const { toDate } = this.dates;
    for (const run of runs) {
      const values = run.rows.map((row) => row.map((v) => toSheetsCell(v, toDate)));
      sheet.getRange(at.row + run.start + 1, at.col + 1, values.length, values[0].length).setValues(values);
    }
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    if (this.ss.getSheetByName(spec.name)) throw new Error(`A sheet called "${spec.name}" already exists.`);
    const app = this.services.SpreadsheetApp;
    const waiting = renderSheetSpec(app, this.ss, spec, this.dates);
    this.pending = applyPending(app, this.ss, [...this.pending, ...waiting]);
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.ss.getSheetByName(name);
    if (sheet) this.ss.deleteSheet(sheet);
  }

  async getSetting(key: string): Promise<unknown> {
    return readSetting(this.services.PropertiesService.getDocumentProperties(), key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    writeSetting(this.services.PropertiesService.getDocumentProperties(), key, value);
  }
}
