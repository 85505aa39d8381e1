/**
 * The .xlsx file host: the workbook port over exceljs, used by `hwbc template`, `hwbc check`
 * and the tests that recalculate workbooks in LibreOffice.
 */
import ExcelJS from 'exceljs';
import type { CellRef, HostInfo, SheetData, SheetSpec, WorkbookPort, WriteValue } from '../../shared/workbook';
import { PANE_MESSAGES } from '../../shared/paneActions';
import { SheetCells, sheetFromCells } from '../../shared/sheetFromCells';
import { readCell, writeCell } from './cellValues';
import { readSetting, SETTINGS_SHEET, writeSetting } from './hiddenSettings';
import { csvWorkbook } from './reading/readCsv';
import { with1904AsExcelWrites } from './date1904';
import { FILE_MESSAGES } from './reading/fileMessages';
import { FileProblem, readFileBytes, sniffFile, type FileFormat } from './reading/workbookFile';
import { renderSheet } from './renderSheet';
import { localToday } from './localToday';

export { localToday } from './localToday';

/**
 * A workbook file behind the same port as Excel and Google Sheets.
 *
 * @example
 * const wb = new XlsxWorkbook();
 * await createTemplates(wb, { sample: true });
 * await wb.save('team.xlsx');
 */
export class XlsxWorkbook implements WorkbookPort {
  readonly workbook: ExcelJS.Workbook;
  private readonly hostInfo: Partial<HostInfo>;
  /** What the file was read as (fromFile), to tell the user. */
  format: FileFormat = { kind: 'xlsx' };

  /** An empty workbook, or one wrapping an exceljs workbook; `info` overrides today/zone. */
  constructor(info: Partial<HostInfo> = {}, workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {
    this.workbook = workbook;
    this.hostInfo = info;
  }

  /**
   * Opens an .xlsx file, or a CSV file as one sheet named after the file, by what the file
   * holds rather than its name; a file that cannot be read throws a FileProblem saying why.
   * `format` says what it was read as (CSV's encoding and separator).
   */
  static async fromFile(file: string, info: Partial<HostInfo> = {}): Promise<XlsxWorkbook> {
    const bytes = readFileBytes(file);
    // A file named .xlsx is read as a workbook (any failure says it is not a readable one);
    // a .csv file by what it holds, as a renamed workbook is still a workbook.
    if (!/\.xls[xm]$/i.test(file) && sniffFile(bytes, file) === 'csv') {
      const { workbook, format } = csvWorkbook(bytes, file);
      const wb = new XlsxWorkbook(info, workbook);
      wb.format = { kind: 'csv', ...format };
      return wb;
    }
    try {
      return await XlsxWorkbook.fromBuffer(bytes, info);
    } catch (e) {
      throw e instanceof FileProblem ? e : new FileProblem(FILE_MESSAGES.notXlsx(file), e);
    }
  }

  /** Opens an .xlsx file held in memory (the 1904 date system read however it is marked). */
  static async fromBuffer(
    buffer: Buffer | ArrayBuffer | Uint8Array,
    info: Partial<HostInfo> = {},
  ): Promise<XlsxWorkbook> {
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await with1904AsExcelWrites(bytes)) as unknown as ArrayBuffer);
    return new XlsxWorkbook(info, wb);
  }

  /**
   * Puts the named sheets first, in the order given, so the file opens on the first of them
   * (Excel, LibreOffice and Google Sheets open a file made here on its first tab); other sheets
   * keep their order after them.
   *
   * @example
   * workbook.arrangeSheets(SHEET_ORDER); // opens on Coaches
   */
  arrangeSheets(order: readonly string[]): void {
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    // exceljs writes sheets by `orderNo`, a field its type declarations leave out.
    const sheets = this.workbook.worksheets as (ExcelJS.Worksheet & { orderNo: number })[];
    const sorted = [...sheets].sort((a, b) => rank(a.name) - rank(b.name) || a.orderNo - b.orderNo);
    sorted.forEach((ws, i) => (ws.orderNo = i + 1));
  }

  /** Writes the workbook to an .xlsx file. */
  async save(file: string): Promise<void> {
    this.recalculateOnOpening();
    await this.workbook.xlsx.writeFile(file);
  }

  /** The workbook as .xlsx bytes in a Node Buffer (the command line, tests). */
  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.toBytes());
  }

  /**
   * The workbook as .xlsx bytes, in a browser too (Excel.createWorkbook, base64-encoded, or a
   * download): exceljs gives a Buffer, which is a Uint8Array both in Node and in its browser port.
   */
  async toBytes(): Promise<Uint8Array> {
    this.recalculateOnOpening();
    const bytes: unknown = await this.workbook.xlsx.writeBuffer();
    return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer);
  }

  /** Formulas written here have no cached results: ask the spreadsheet to work them all out. */
  private recalculateOnOpening(): void {
    this.workbook.calcProperties.fullCalcOnLoad = true;
  }

  private get date1904(): boolean {
    return !!this.workbook.properties.date1904;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = name === SETTINGS_SHEET ? undefined : this.workbook.getWorksheet(name);
    if (!ws) throw new Error(PANE_MESSAGES.noSheet(name));
    return ws;
  }

  async info(): Promise<HostInfo> {
    return {
      dateSystem: this.date1904 ? '1904' : '1900',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      today: localToday(),
      ...this.hostInfo,
    };
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name).filter((n) => n !== SETTINGS_SHEET);
  }

  async read(name: string): Promise<SheetData> {
    const ws = this.sheet(name);
    // Only the cells that hold something, in parallel lists; the grid is built around them
    // (sparse when one stray far value would make the box around them mostly empty).
    const cells = new SheetCells();
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const { value, formula } = readCell(cell, this.date1904);
        // A merged area counts in full, as Excel's used range includes it.
        if (value !== null || formula !== null || cell.isMerged) cells.add(r - 1, c - 1, value, formula);
      }),
    );
    return sheetFromCells(name, cells);
  }

  async write(name: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    const ws = this.workbook.getWorksheet(name) ?? this.workbook.addWorksheet(name);
    block.forEach((values, r) => {
      const row = ws.getRow(at.row + r + 1);
      values.forEach((v, c) => writeCell(row.getCell(at.col + c + 1), v));
    });
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    if (this.workbook.getWorksheet(spec.name)) throw new Error(`A sheet called "${spec.name}" already exists.`);
    renderSheet(this.workbook.addWorksheet(spec.name), spec);
  }

  async deleteSheet(name: string): Promise<void> {
    this.workbook.removeWorksheet(this.sheet(name).id);
  }

  async getSetting(key: string): Promise<unknown> {
    return readSetting(this.workbook, key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    writeSetting(this.workbook, key, value);
  }
}
