/**
 * The workbook port over SpreadsheetApp: what templates and the workbook check use in Google
 * Sheets. Every method is a fixed number of service calls whatever the number of rows: a
 * sheet is read with one getValues and (unless only its values are asked for: Sheets shows a
 * formula's calculated value) one getFormulas, a block written with one setValues. The check
 * reads formulas apart (readFormulas), only for the sheets whose formulas it needs.
 *
 * Apps Script queues writes and sends them when a read needs the spreadsheet, so a read after
 * a write costs a round trip of its own. The port reads what it needs before it writes: the
 * sheet list once (kept up to date as it adds and deletes sheets: sheets/sheetList.ts), the
 * time zone once, and the document properties once. Reading box by box is sheets/sheetReading.ts;
 * what adding sheets carries from one to the next, sheets/templateRun.ts.
 */
import type {
  CellRef,
  HostInfo,
  ReadOptions,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../../shared/workbook';
import { FormulasToRead } from '../common/formulasToRead';
import { sheetDataBoxes } from './dataBoxes';
import { type SettingsStore, settingsStore } from './documentSettings';
import { gasServices, type GasServices } from './gasServices';
import { SheetList } from './sheets/sheetList';
import { formulasOver, readSheet } from './sheets/sheetReading';
import { TemplateRun } from './sheets/templateRun';
import { rectangularRuns, toSheetsCell } from './writeValues';
import { type ZoneDates, zoneDates } from './zoneDates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  private readonly sheets = new SheetList(() => this.ss);
  /** Where the data of each sheet read as values alone is, for reading its formulas later. */
  private readonly formulasToRead = new FormulasToRead();
  /** The add-on's document properties, read once. */
  private properties: SettingsStore | null = null;
  /** What adding sheets carries from one to the next: a header to copy, drop-downs waiting. */
  private readonly templateRun: TemplateRun;

  constructor(services: Pick<GasServices, 'SpreadsheetApp' | 'PropertiesService' | 'Utilities'> = gasServices()) {
    this.services = services;
    this.templateRun = new TemplateRun(services, () => this.ss);
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

  private get settings(): SettingsStore {
    if (!this.properties) this.properties = settingsStore(this.services.PropertiesService.getDocumentProperties());
    return this.properties;
  }

  async info(): Promise<HostInfo> {
    const today = this.services.Utilities.formatDate(new Date(), this.timeZone, 'yyyy-MM-dd');
    return { dateSystem: 'sheets', timeZone: this.timeZone, today };
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.names();
  }

  /**
   * The sheets themselves, in the order of their tabs, from the list the port keeps: work
   * beside the port (the sidebar's first step) reads the list once, through it.
   *
   * @example
   * port.sheetsInOrder().map((sheet) => sheet.getLastRow());
   */
  sheetsInOrder(): Sheet[] {
    return this.sheets.inOrder();
  }

  async read(name: string, options?: ReadOptions): Promise<SheetData> {
    // Only the boxes holding data: a stray value far down costs a few calls, not a huge read.
    const sheet = this.sheets.called(name);
    const withFormulas = options?.formulas !== false;
    const boxes = sheetDataBoxes(sheet);
    if (!withFormulas) this.formulasToRead.remember(name, boxes);
    return readSheet(sheet, name, boxes, withFormulas);
  }

  /** One getFormulas a box the values were read from: where the data is, and the sheet, are known. */
  async readFormulas(sheets: readonly SheetData[]): Promise<SheetData[]> {
    const out: SheetData[] = [];
    for (const data of sheets) {
      const boxes = this.formulasToRead.take(data.name);
      out.push(boxes ? formulasOver(this.sheets.called(data.name), data, boxes) : await this.read(data.name));
    }
    return out;
  }

  async write(name: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    const runs = rectangularRuns(block);
    if (runs.length === 0) return;
    const { toDate } = this.dates;
    const sheet = this.sheets.find(name) ?? this.sheets.add(name);
    for (const run of runs) {
      const values = run.rows.map((row) => row.map((v) => toSheetsCell(v, toDate)));
      sheet.getRange(at.row + run.start + 1, at.col + 1, values.length, values[0].length).setValues(values);
    }
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    if (this.sheets.find(spec.name)) throw new Error(`A sheet called "${spec.name}" already exists.`);
    // The time zone is read before the sheet is inserted: a read after a write would flush it.
    const dates = this.dates;
    const exists = (name: string) => this.sheets.find(name) !== undefined;
    this.templateRun.lay(this.sheets.add(spec.name), spec, dates, exists);
  }

  async deleteSheet(name: string): Promise<void> {
    if (this.sheets.remove(name)) this.templateRun.deleted(name);
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.read(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.settings.write(key, value);
  }
}
