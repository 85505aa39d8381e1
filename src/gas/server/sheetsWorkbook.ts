/**
 * The workbook port over SpreadsheetApp: what templates and the workbook check use in Google
 * Sheets. Every method is a fixed number of service calls whatever the number of rows: a
 * sheet is read with one getValues and (unless only its values are asked for: Sheets shows a
 * formula's calculated value) one getFormulas, a block written with one setValues. The check
 * reads formulas apart (readFormulas), only for the sheets whose formulas it needs.
 *
 * Apps Script queues writes and sends them when a read needs the spreadsheet, so a read after
 * a write costs a round trip of its own. The port reads what it needs before it writes: the
 * sheet list once (kept up to date as it adds and deletes sheets), the time zone once, and
 * the document properties once.
 */
import type {
  CellRef,
  CellValue,
  HostInfo,
  ReadOptions,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../../shared/workbook';
import { PANE_MESSAGES } from '../../../shared/paneActions';
import { presenceGrid } from '../../../shared/check/read/checkValue';
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import { columnIndex, rowIndex } from '../../../shared/sheetPlaces';
import { sheetWithFormulas } from '../../../shared/sheetWithFormulas';
import { FormulasToRead } from '../common/formulasToRead';
import type { SheetBox } from '../common/stepTypes';
import { sheetDataBoxes } from './dataBoxes';
import { applyPending, type PendingDropDown } from './dataValidation';
import { type SettingsStore, settingsStore } from './documentSettings';
import { gasServices, type GasServices } from './gasServices';
import { renderSheetSpec } from './renderSheetSpec';
import { isDate } from './sheetsDates';
import { rectangularRuns, toSheetsCell } from './writeValues';
import { type ZoneDates, zoneDates } from './zoneDates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets gives "" for an empty cell; the port's readers expect null, as the other hosts give. */
function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  if (isDate(v) || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v as CellValue;
  return String(v);
}

/**
 * A box's formulas as the check reads them (presenceGrid): "=" for a formula, its text only
 * where the cell shows text starting "=", so a template's long per-row formulas are not kept.
 * What a cell shows is found in the values already read, by the box's place in the sheet.
 */
function presenceOnly(formulas: string[][], data: SheetData, box: SheetBox): (string | null)[][] {
  // The row of values is looked up once a row (a sparse sheet's is a search), not once a cell.
  let at = -1;
  let values: readonly CellValue[] | undefined;
  return presenceGrid(formulas, (i, j) => {
    if (i !== at) values = data.values[rowIndex(data, box.row - 1 + (at = i))];
    const c = columnIndex(data, box.col - 1 + j);
    return values && c >= 0 ? values[c] : null;
  });
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
  /** The spreadsheet's sheets by name, read once and kept as sheets are added and deleted. */
  private sheetList: Map<string, Sheet> | null = null;
  /** Where the data of each sheet read as values alone is, for reading its formulas later. */
  private readonly formulasToRead = new FormulasToRead();
  /** The add-on's document properties, read once. */
  private properties: SettingsStore | null = null;
  /** Drop-downs whose list sheet is created later in the same run (see dataValidation.ts). */
  private pending: PendingDropDown[] = [];
  /** A header cell this run has styled, and its sheet: later headers copy its format. */
  private styledHeader: { sheet: string; cell: Range } | null = null;

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

  private get sheets(): Map<string, Sheet> {
    if (!this.sheetList) this.sheetList = new Map(this.ss.getSheets().map((s) => [s.getName(), s]));
    return this.sheetList;
  }

  private sheet(name: string): Sheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(PANE_MESSAGES.noSheet(name));
    return sheet;
  }

  /** A new sheet at the end, known to the list from then on. */
  private insertSheet(name: string): Sheet {
    const sheet = this.ss.insertSheet(name, this.sheets.size);
    this.sheets.set(name, sheet);
    return sheet;
  }

  private get settings(): SettingsStore {
    if (!this.properties) this.properties = settingsStore(this.services.PropertiesService.getDocumentProperties());
    return this.properties;
  }

  async info(): Promise<HostInfo> {
    const today = this.services.Utilities.formatDate(new Date(), this.timeZone, 'yyyy-MM-dd');
    return { dateSystem: 'sheets', timeZone: this.timeZone, today };
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  /**
   * The sheets themselves, in the order of their tabs, from the list the port keeps: work
   * beside the port (the sidebar's first step) reads the list once, through it.
   *
   * @example
   * port.sheetsInOrder().map((sheet) => sheet.getLastRow());
   */
  sheetsInOrder(): Sheet[] {
    return [...this.sheets.values()];
  }

  async read(name: string, options?: ReadOptions): Promise<SheetData> {
    // Only the boxes holding data: a stray value far down costs a few calls, not a huge read.
    const sheet = this.sheet(name);
    const withFormulas = options?.formulas !== false;
    const boxes = sheetDataBoxes(sheet);
    if (!withFormulas) this.formulasToRead.remember(name, boxes);
    const cells = new SheetCells();
    for (const box of boxes) {
      const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
      const values = range.getValues();
      const formulas = withFormulas ? range.getFormulas() : [];
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const value = cellValue(v);
          const formula = formulas[i]?.[j] || null;
          if (value !== null || formula !== null) cells.add(box.row - 1 + i, box.col - 1 + j, value, formula);
        }),
      );
    }
    return sheetFromCells(name, cells);
  }

  /** One getFormulas a box the values were read from: where the data is, and the sheet, are known. */
  async readFormulas(sheets: readonly SheetData[]): Promise<SheetData[]> {
    const out: SheetData[] = [];
    for (const data of sheets) {
      const boxes = this.formulasToRead.take(data.name);
      if (!boxes) {
        out.push(await this.read(data.name));
        continue;
      }
      const sheet = this.sheet(data.name);
      const blocks = boxes.map((box) => ({
        row: box.row - 1,
        col: box.col - 1,
        formulas: presenceOnly(sheet.getRange(box.row, box.col, box.rows, box.cols).getFormulas(), data, box),
      }));
      out.push(sheetWithFormulas(data, blocks));
    }
    return out;
  }

  async write(name: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    const runs = rectangularRuns(block);
    if (runs.length === 0) return;
    const { toDate } = this.dates;
    const sheet = this.sheets.get(name) ?? this.insertSheet(name);
    for (const run of runs) {
      const values = run.rows.map((row) => row.map((v) => toSheetsCell(v, toDate)));
      sheet.getRange(at.row + run.start + 1, at.col + 1, values.length, values[0].length).setValues(values);
    }
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    if (this.sheets.has(spec.name)) throw new Error(`A sheet called "${spec.name}" already exists.`);
    const app = this.services.SpreadsheetApp;
    const dates = this.dates;
    const exists = (name: string) => this.sheets.has(name);
    const sheet = this.insertSheet(spec.name);
    const rendered = renderSheetSpec(app, this.ss, spec, dates, {
      sheet,
      exists,
      styledHeader: this.styledHeader?.cell ?? null,
    });
    if (!this.styledHeader && rendered.styledHeader)
      this.styledHeader = { sheet: spec.name, cell: rendered.styledHeader };
    this.pending = applyPending(app, this.ss, [...this.pending, ...rendered.pending], exists);
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.sheets.get(name);
    if (!sheet) return;
    this.ss.deleteSheet(sheet);
    this.sheets.delete(name);
    if (this.styledHeader?.sheet === name) this.styledHeader = null;
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.read(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.settings.write(key, value);
  }
}
