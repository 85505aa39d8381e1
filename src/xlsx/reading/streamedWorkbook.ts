/**
 * An .xlsx file read once, row by row, for `hwbc check`: exceljs's streaming reader hands
 * over one row at a time and forgets it, and only the cells that hold something are kept
 * (SheetCells), so a log of 200,000 rows costs a few numbers a cell rather than exceljs's whole
 * workbook model. The check only reads, so this port only reads: writing throws.
 */
import ExcelJS from 'exceljs';
import { Readable } from 'stream';
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import type { HostInfo, SheetData, SheetSpec, WorkbookPort } from '../../../shared/workbook';
import { readCell } from '../cellValues';
import { SETTINGS_SHEET } from '../hiddenSettings';

/** Today in this machine's zone, the command line's "today". */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function readOnly(): never {
  throw new Error('hwbc check only reads the file: it never writes to it.');
}

interface StreamedSheet {
  name: string;
  cells: SheetCells;
}

/**
 * A workbook file's sheets, read in one streaming pass.
 *
 * @example
 * const port = await StreamedWorkbook.read(bytes);
 * await checkWorkbook(port, { writeReport: false });
 */
export class StreamedWorkbook implements WorkbookPort {
  private constructor(
    private readonly sheets: Map<string, StreamedSheet>,
    private readonly settings: Map<string, unknown>,
    private readonly date1904: boolean,
    private readonly hostInfo: Partial<HostInfo>,
  ) {}

  /** Reads .xlsx bytes (their 1904 marking already as exceljs reads it: date1904.ts). */
  static async read(bytes: Uint8Array, info: Partial<HostInfo> = {}): Promise<StreamedWorkbook> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    const sheets = new Map<string, StreamedSheet>();
    const settings = new Map<string, unknown>();
    let date1904 = false;
    for await (const ws of reader as AsyncIterable<ExcelJS.Worksheet>) {
      // The workbook part comes before the sheets in every file Excel or LibreOffice writes.
      const props = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties;
      date1904 = !!props?.model?.date1904;
      const name = ws.name;
      const cells = new SheetCells();
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        row.eachCell((cell, c) => {
          const { value, formula } = readCell(cell, date1904);
          if (value !== null || formula !== null) cells.add(row.number - 1, c - 1, value, formula);
        });
      }
      if (name === SETTINGS_SHEET) collectSettings(cells, settings);
      else sheets.set(name, { name, cells });
    }
    return new StreamedWorkbook(sheets, settings, date1904, info);
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
    return [...this.sheets.keys()];
  }

  async read(name: string): Promise<SheetData> {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`There is no sheet called "${name}".`);
    return sheetFromCells(name, sheet.cells);
  }

  async write(): Promise<void> {
    readOnly();
  }

  async addSheet(_spec: SheetSpec): Promise<void> {
    readOnly();
  }

  async deleteSheet(): Promise<void> {
    readOnly();
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.get(key);
  }

  async setSetting(): Promise<void> {
    readOnly();
  }
}

/** The hidden settings sheet's key/JSON rows (hiddenSettings.ts writes them). */
function collectSettings(cells: SheetCells, into: Map<string, unknown>): void {
  const byRow = new Map<number, { key?: unknown; json?: unknown }>();
  for (let k = 0; k < cells.size; k++) {
    const entry = byRow.get(cells.r[k]) ?? {};
    if (cells.c[k] === 0) entry.key = cells.values[k];
    if (cells.c[k] === 1) entry.json = cells.values[k];
    byRow.set(cells.r[k], entry);
  }
  for (const { key, json } of byRow.values()) {
    if (typeof key !== 'string' || typeof json !== 'string' || into.has(key)) continue;
    try {
      into.set(key, JSON.parse(json));
    } catch {
      // A damaged setting is as good as none: the check guesses afresh.
    }
  }
}
