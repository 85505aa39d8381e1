/**
 * The one narrow port through which templates and the workbook check reach a workbook.
 * Office.js, SpreadsheetApp, exceljs (.xlsx files) and the in-memory demo each implement it;
 * nothing else in the add-in knows a host. Every method is at most a fixed number of host
 * round trips, whatever the number of rows: read a sheet in one go, write a block in one go.
 */
import type { IsoDate } from './values/dates/calendarDate';
import type { DateSystem } from './values/dates/excelSerial';

/** A value as read from a cell. Excel gives dates as serial numbers, Sheets as Dates. */
export type CellValue = string | number | boolean | Date | null;

/**
 * A value to write. A plain string is always text (never a formula, even if it starts with
 * "=", "+", "-" or "@": hosts must keep it text); formulas and dates are explicit.
 */
export type WriteValue = string | number | boolean | null | { formula: string } | { date: IsoDate };

/** A sheet's used range: values and formulas, and where the range starts (0-based). */
export interface SheetData {
  name: string;
  /** Row index (0-based) of the first row of `values` on the sheet. */
  top: number;
  /** Column index (0-based) of the first column of `values` on the sheet. */
  left: number;
  values: CellValue[][];
  /** The formula of each cell ("=…"), or null for a plain value. Same shape as `values`. */
  formulas: (string | null)[][];
  /**
   * Only for a sparse sheet (one stray value far from the rest): the 0-based sheet row of
   * each row of `values`, ascending, so empty rows between are not held. Absent: top + index.
   * Read positions through shared/sheetPlaces.ts, never top/left directly.
   */
  rows?: number[];
  /** As `rows`, for the columns: the 0-based sheet column of each column of `values`. */
  columns?: number[];
}

/** One column of a template sheet. */
export interface ColumnSpec {
  /** Stable key the template's formulas and the check refer to. */
  key: string;
  header: string;
  /** Width in characters. */
  width?: number;
  /** Number format in Excel syntax, e.g. 'yyyy-mm-dd', '0.0', '@' for text. */
  numberFormat?: string;
  /** A drop-down from a fixed set of values. */
  list?: readonly string[];
  /** A drop-down from a range on another sheet, e.g. "Competencies!$A$2:$A$91". */
  listRange?: string;
  /** A help note on the header cell. */
  note?: string;
  /** Only a whole number from `min` to `max` may be typed (a Settings interval, say). */
  wholeNumber?: { min: number; max: number };
}

/** Red / amber / green fill when a column's value equals `equals`. */
export interface HighlightRule {
  column: string;
  equals: string | boolean;
  style: 'bad' | 'warn' | 'good';
}

/** Everything needed to create one sheet: written in a fixed number of host calls. */
export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Rows under the header (values and formulas). */
  rows: readonly (readonly WriteValue[])[];
  /** Rows the column formats, drop-downs and highlights cover (at least rows.length). */
  formatRows: number;
  frozenRows: number;
  filter: boolean;
  highlights: readonly HighlightRule[];
  /**
   * How the sheet prints, for sheets made to be printed (the Tier sign-off pack): paper,
   * orientation, and the header row repeated at the top of every page. Google Sheets has no
   * print settings a script can set; it repeats frozen rows on each printed page itself.
   */
  print?: PrintSetup;
}

/**
 * Page set-up of a sheet meant for printing.
 *
 * @example
 * const a4: PrintSetup = { paper: 'A4', orientation: 'landscape', repeatHeaderRows: 1 };
 */
export interface PrintSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** How many rows at the top (the header) repeat on every printed page. */
  repeatHeaderRows: number;
}

/** Where a block goes: 0-based row and column of its top-left cell. */
export interface CellRef {
  row: number;
  col: number;
}

/** The host facts the core needs to read values correctly. */
export interface HostInfo {
  dateSystem: DateSystem;
  timeZone: string;
  /** Today's date in that zone. */
  today: IsoDate;
}

/**
 * How a sheet is read. `formulas: false` asks for its values alone, formulas left null, where a
 * host that calculates (Google Sheets) reads a sheet's formulas with a call of its own; such a
 * host implements `readFormulas`. A host without `readFormulas` reads both in one go and may
 * ignore the option.
 *
 * @example
 * await port.read('Competencies', { formulas: false });
 */
export interface ReadOptions {
  formulas?: boolean;
}

export interface WorkbookPort {
  info(): Promise<HostInfo>;
  sheetNames(): Promise<string[]>;
  /** The used range of a sheet, in one host round trip (values alone if so asked: ReadOptions). */
  read(sheet: string, options?: ReadOptions): Promise<SheetData>;
  /**
   * Sheets this port read with `formulas: false`, now with their formulas, read from the same
   * cells (no second read of their values), all asked at once so a host can batch them. A
   * formula is given as its presence (the check's rule, shared/check/read/checkValue.ts
   * formulaPresence). Only hosts whose formulas cost a read of their own have it.
   */
  readFormulas?(sheets: readonly SheetData[]): Promise<SheetData[]>;
  /** Writes a block of cells at `at`, in one host round trip. */
  write(sheet: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void>;
  /** Creates a sheet from its spec. Fails if a sheet of that name exists. */
  addSheet(spec: SheetSpec): Promise<void>;
  /** Deletes a sheet; only ever called for a sheet the add-in made (its own report). */
  deleteSheet(sheet: string): Promise<void>;
  /** Settings kept inside the workbook (Office settings, Apps Script document properties). */
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/**
 * Column letters for a 0-based column index.
 *
 * @example
 * columnLetter(0);  // 'A'
 * columnLetter(27); // 'AB'
 */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * An A1 address for a 0-based row and column.
 *
 * @example
 * a1({ row: 4, col: 2 }); // 'C5'
 */
export function a1(ref: CellRef): string {
  return `${columnLetter(ref.col)}${ref.row + 1}`;
}
