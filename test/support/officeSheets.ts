/**
 * What a FakeExcel sheet looks like once the add-in's queued writes are applied: the ranges
 * it asked for replayed in order, each cell's `formulas` input turned into what Excel would
 * then report, as an en-GB Excel would take it when typed ("'0012" the text 0012, "0012" the
 * number 12, "=A1" a formula). The fake calculates nothing, so a formula's value is "".
 */

/** A cell as Office.js reports it: its value and its `formulas` entry (a constant's own value). */
export interface ExcelCell {
  value: string | number | boolean;
  formula: string | number | boolean;
}

/** A validation, highlight or note as the add-in queued it on a range. */
export interface ExcelValidation {
  address: string;
  rule: unknown;
  errorAlert: unknown;
}
export interface ExcelHighlight {
  address: string;
  type: string;
  rule: unknown;
  fill: unknown;
  font: unknown;
}

/** One sheet after its writes, keyed by "row,col" (1-based, as A1 counts). */
export interface ExcelSheet {
  name: string;
  cells: Map<string, ExcelCell>;
  numberFormats: Map<string, string>;
  /** Column (1-based) to width in points. */
  columnWidths: Map<number, number>;
  bold: Set<string>;
  wrapped: Set<string>;
  verticalAlignment: Map<string, string>;
  validations: ExcelValidation[];
  highlights: ExcelHighlight[];
  notes: { kind: 'note' | 'comment'; address: string; text: string }[];
  frozenRows: number;
  filter: string | null;
}

/** A box of cells, 1-based; a whole column ("A:A") runs to Excel's last row. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const LAST_ROW = 1048576;
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * The box of an address such as "B2:B201", "C5" or "A:A".
 *
 * @example
 * boxOf('B2:B201'); // { row: 2, col: 2, rows: 200, cols: 1 }
 */
export function boxOf(address: string): Box {
  const [a, b = a] = address.replace(/\$/g, '').toUpperCase().split(':');
  const part = (p: string) => /^([A-Z]*)(\d*)$/.exec(p) ?? ['', '', ''];
  const [, ca, ra] = part(a);
  const [, cb, rb] = part(b);
  const r1 = ra ? Number(ra) : 1;
  const r2 = rb ? Number(rb) : LAST_ROW;
  return { row: r1, col: colNumber(ca), rows: r2 - r1 + 1, cols: colNumber(cb) - colNumber(ca) + 1 };
}

const NUMBER = /^[+-]?(\d+(,\d{3})*\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DMY = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const D_MON_Y = /^(\d{1,2})[\s-]([a-z]{3})[a-z]*[\s-](\d{4})$/i;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;

function serial(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A constant typed into an en-GB Excel: numbers (1,000 and 50% too), TRUE/FALSE, dates
 * (d/m/yyyy, d-m-yy, yyyy-mm-dd, 15 Mar 2026) and times ("1:1" is 01:01) become values;
 * anything else stays text. Close enough to Excel to show text the add-in forgot to protect.
 *
 * @example
 * typedInExcel('0012'); // 12
 * typedInExcel('Jo Bloggs'); // 'Jo Bloggs'
 */
export function typedInExcel(text: string): string | number | boolean {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  const dmy = DMY.exec(t);
  const ymd = YMD.exec(t);
  const dMonY = D_MON_Y.exec(t);
  const month = dMonY ? MONTHS.indexOf(dMonY[2].toLowerCase()) + 1 : 0;
  // Two-digit years as Excel reads them: 00–29 this century, 30–99 the last.
  const year = (y: string) => (y.length === 2 ? (+y < 30 ? 2000 : 1900) + +y : +y);
  const date = dmy
    ? serial(year(dmy[3]), +dmy[2], +dmy[1])
    : ymd
      ? serial(+ymd[1], +ymd[2], +ymd[3])
      : month > 0 && dMonY
        ? serial(+dMonY[3], month, +dMonY[1])
        : null;
  if (date !== null) return date;
  const time = TIME.exec(t);
  if (time && +time[1] < 24 && +time[2] < 60) return (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86400;
  return text;
}

/**
 * The cell one `formulas` entry leaves behind: null clears it, undefined leaves it as it was.
 *
 * @example
 * cellFromInput("'=1+1"); // { value: '=1+1', formula: '=1+1' }
 * cellFromInput('=A1*2'); // { value: '', formula: '=A1*2' } (the fake calculates nothing)
 */
export function cellFromInput(input: unknown): ExcelCell | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (input === '') return null;
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), formula: text.slice(1) };
  if (text.startsWith('=')) return { value: '', formula: text };
  const value = typedInExcel(text);
  // "-5" is a number, but "-abc", "+44 7700" and "@home" are taken as formulas.
  if (typeof value === 'string' && /^[+\-@]/.test(value)) return { value: '', formula: `=${value}` };
  return { value, formula: value };
}

/**
 * Each cell of a box with the matching entry of a 2-D array (or one value for them all).
 *
 * @example
 * eachCell(boxOf('A1:B1'), [['x', 'y']], (key, v) => cells.set(key, v)); // '1,1' → 'x', '1,2' → 'y'
 */
export function eachCell(box: Box, data: unknown, visit: (key: string, v: unknown) => void): void {
  for (let i = 0; i < box.rows; i++) {
    for (let j = 0; j < box.cols; j++) {
      const v = Array.isArray(data) ? (data[i] as unknown[] | undefined)?.[j] : data;
      visit(`${box.row + i},${box.col + j}`, v);
    }
  }
}

/**
 * An empty sheet, ready for writes.
 *
 * @example
 * applyRange(emptySheet('Coaches'), 'A1:B1', { formulas: [['ID', 'Name']] });
 */
export function emptySheet(name: string): ExcelSheet {
  return {
    name,
    cells: new Map(),
    numberFormats: new Map(),
    columnWidths: new Map(),
    bold: new Set(),
    wrapped: new Set(),
    verticalAlignment: new Map(),
    validations: [],
    highlights: [],
    notes: [],
    frozenRows: 0,
    filter: null,
  };
}

type Props = Record<string, unknown> & { format?: Props; font?: Props; dataValidation?: Props };

/**
 * Applies what the add-in assigned on one range: formulas, number formats, width, bold,
 * wrap, alignment and a data validation.
 *
 * @example
 * applyRange(sheet, recorded.address, recorded.range);
 */
export function applyRange(sheet: ExcelSheet, address: string, range: Props): void {
  const box = boxOf(address);
  if (range.formulas !== undefined) {
    eachCell(box, range.formulas, (key, v) => {
      const cell = cellFromInput(v);
      if (cell === null) sheet.cells.delete(key);
      else if (cell) sheet.cells.set(key, cell);
    });
  }
  if (range.numberFormat !== undefined) {
    eachCell(box, range.numberFormat, (key, f) => {
      if (typeof f === 'string') sheet.numberFormats.set(key, f);
    });
  }
  const format = range.format;
  if (typeof format?.columnWidth === 'number') {
    for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, format.columnWidth);
  }
  // Cell styles are only ever set on small ranges (a header row), never whole columns.
  if (box.rows < LAST_ROW) {
    if (format?.font?.bold === true) eachCell(box, null, (key) => sheet.bold.add(key));
    if (format?.wrapText === true) eachCell(box, null, (key) => sheet.wrapped.add(key));
    if (typeof format?.verticalAlignment === 'string') {
      eachCell(box, format.verticalAlignment, (key, v) => sheet.verticalAlignment.set(key, v as string));
    }
  }
  const validation = range.dataValidation;
  if (validation?.rule !== undefined) {
    sheet.validations.push({ address, rule: validation.rule, errorAlert: validation.errorAlert ?? null });
  }
}
