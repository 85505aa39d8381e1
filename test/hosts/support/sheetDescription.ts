/**
 * One host-neutral description of a sheet, so a sheet made in Excel, Google Sheets and an
 * .xlsx file can be compared with one `toEqual`: cells as plain values (dates as ISO text,
 * formulas as `{ formula }`), and per column its header, width, note, number formats and
 * drop-downs as runs of rows ("2-201"), plus frozen rows, filter and highlights.
 * Each host's own reader (describeExcel, describeSheets, describeXlsx) only fills a RawSheet.
 */

/** A cell's content, whatever the host: text, number, boolean, date or formula. */
export type NeutralCell = string | number | boolean | { date: string } | { formula: string };

/** A drop-down: a fixed list or a range of cells, and what happens to other input. */
export interface DropDown {
  list?: string[];
  range?: string;
  /** A whole-number rule's smallest and largest value. */
  between?: [number, number];
  /** 'warning' lets other values in after a warning; 'reject' refuses them. */
  invalid: 'warning' | 'reject';
  message: string | null;
}

/** A red/amber/green rule: cells of `range` equal to `equals` get these colours. */
export interface Highlight {
  range: string;
  equals: string | boolean | { unrecognised: unknown };
  fill: string;
  font: string;
}

/** Rows `from`-`to` of a column share one value. */
export type Run<T> = { rows: string } & T;

export interface ColumnDescription {
  column: string;
  /** Width in characters of the default font, to the nearest character. */
  width: number | null;
  note: string | null;
  formats: Run<{ format: string }>[];
  dropDowns: Run<DropDown>[];
}

export interface SheetDescription {
  name: string;
  header: (NeutralCell | null)[];
  headerStyle: { bold: boolean; wrapped: boolean; top: boolean }[];
  columns: ColumnDescription[];
  /** Every cell below the header with something in it, by A1 address. */
  cells: Record<string, NeutralCell>;
  frozenRows: number;
  filter: string | null;
  highlights: Highlight[];
}

/** What each host reader gives: everything keyed by 1-based row and column. */
export interface RawSheet {
  name: string;
  /** "row,col" to content; blanks left out. */
  cells: Map<string, NeutralCell>;
  /** The number format a cell shows with (null for General), for rows 1 to `lastRow`. */
  formatAt(row: number, col: number): string | null;
  /** The last row anything (other than a whole-column format) reaches. */
  lastRow: number;
  dropDowns: Map<string, DropDown>;
  notes: Map<number, string>;
  widths: Map<number, number>;
  headerStyle(col: number): { bold: boolean; wrapped: boolean; top: boolean };
  frozenRows: number;
  filter: string | null;
  highlights: Highlight[];
}

/**
 * Column letters for a 1-based column.
 *
 * @example
 * letters(28); // 'AB'
 */
export function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A range written the same way for every host: no "$", no quotes around the sheet name.
 *
 * @example
 * plainRange("='Evidence log'!$A$2:$A$91"); // 'Evidence log!A2:A91'
 */
export function plainRange(reference: string): string {
  const bang = reference.lastIndexOf('!');
  const sheet = bang < 0 ? '' : reference.slice(0, bang).replace(/^=/, '');
  const unquoted = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  const ref = reference.slice(bang + 1).replace(/\$/g, '');
  return unquoted ? `${unquoted}!${ref}` : ref;
}

/**
 * Whether a number format shows a date (it has d or y outside quotes and [brackets]).
 *
 * @example
 * isDateFormat('dd mmm yyyy'); // true
 * isDateFormat('0.0'); // false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  return !!format && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

/**
 * A moment as ISO text: the date alone at midnight, else date and time ("2025-06-21T01:00"),
 * so a date stored an hour off (a UTC midnight in British Summer Time) shows as a difference.
 *
 * @example
 * isoText(new Date('2025-06-21T01:00:00Z')); // '2025-06-21T01:00'
 */
export function isoText(wallClock: Date): string {
  const text = wallClock.toISOString();
  return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : text.slice(0, 16);
}

/**
 * The date (and time, if any) of a serial number in Excel's 1900 system (and Sheets').
 *
 * @example
 * serialToIso(46096); // '2026-03-15'
 */
export function serialToIso(serial: number): string {
  return isoText(new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400) * 1000));
}

/** Consecutive rows with the same (non-null) value, as runs. */
function runs<T extends object>(from: number, to: number, at: (row: number) => T | null): Run<T>[] {
  const out: Run<T>[] = [];
  let start = from;
  let current: string | null = null;
  let value: T | null = null;
  const close = (end: number) => {
    if (value !== null) out.push({ rows: `${start}-${end}`, ...value });
  };
  for (let r = from; r <= to + 1; r++) {
    const v = r <= to ? at(r) : null;
    const key = v === null ? null : JSON.stringify(v);
    if (key === current) continue;
    close(r - 1);
    start = r;
    current = key;
    value = v;
  }
  return out;
}

/**
 * The neutral description of a sheet a host reader has read.
 *
 * @example
 * expect(describeSheet(fromExcel(excel.sheet('Coaches')))).toEqual(describeSheet(fromXlsx(ws)));
 */
export function describeSheet(raw: RawSheet): SheetDescription {
  const keys = [...raw.cells.keys()].map((k) => k.split(',').map(Number));
  const width = Math.max(0, ...keys.filter(([r]) => r === 1).map(([, c]) => c));
  const cols = Array.from({ length: width }, (_, i) => i + 1);
  const cells: Record<string, NeutralCell> = {};
  for (const [r, c] of keys) if (r > 1) cells[`${letters(c)}${r}`] = raw.cells.get(`${r},${c}`) as NeutralCell;
  const allCols = Math.max(width, ...keys.map(([, c]) => c), ...[...raw.dropDowns.keys()].map((k) => +k.split(',')[1]));
  return {
    name: raw.name,
    header: cols.map((c) => raw.cells.get(`1,${c}`) ?? null),
    headerStyle: cols.map((c) => raw.headerStyle(c)),
    columns: Array.from({ length: allCols }, (_, i) => {
      const c = i + 1;
      const width = raw.widths.get(c);
      return {
        column: letters(c),
        width: width === undefined ? null : Math.round(width),
        note: raw.notes.get(c) ?? null,
        formats: runs(1, raw.lastRow, (r) => {
          const format = raw.formatAt(r, c);
          return format === null ? null : { format };
        }),
        dropDowns: runs(1, raw.lastRow, (r) => raw.dropDowns.get(`${r},${c}`) ?? null),
      };
    }),
    cells,
    frozenRows: raw.frozenRows,
    filter: raw.filter,
    highlights: raw.highlights,
  };
}
