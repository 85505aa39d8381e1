/**
 * Converting between exceljs cell values and the port's values. Dates go in as real date
 * cells and come back as serial numbers, as Excel's own `range.values` gives them, so the
 * core's `readDate` reads .xlsx files and Excel workbooks the same way.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, WriteValue } from '../../shared/workbook';
import { fromStoredFormula, toStoredFormula } from './futureFunctions';

const MS_PER_DAY = 86400000;
/** Serial of 1 January 1970 in the 1900 system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const OFFSET_1904 = 1462;

/**
 * The serial number of a Date exceljs made from a date cell (exactly the inverse of how it
 * made it, so times of day survive as fractions).
 *
 * @example
 * dateToSerial(new Date(Date.UTC(2026, 2, 15)), false); // 46096
 */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? OFFSET_1904 : 0);
  // exceljs rounds to the millisecond; bring whole days back to whole numbers.
  return Math.abs(serial - Math.round(serial)) < 1e-8 ? Math.round(serial) : serial;
}

function plain(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if (typeof o.error === 'string') return o.error;
  if ('text' in o) return plain(o.text, date1904);
  return null;
}

/**
 * What a cell holds, for the port: its value (a formula's cached result, or null when the
 * file has none) and its formula text with "=".
 *
 * @example
 * readCell(ws.getCell('A1'), false); // { value: 46096, formula: null }
 */
export function readCell(cell: ExcelJS.Cell, date1904: boolean): { value: CellValue; formula: string | null } {
  // Merged cells hold their value in the top-left cell only, as Excel reports them.
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null };
  const v = cell.value as unknown;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const text = cell.formula;
    // LibreOffice saves a typed TRUE or FALSE as the formula TRUE() or FALSE() with 1 or 0 (in
    // the cell's own format, a date in a date column): it is the value typed, not a working.
    const typedBoolean = /^\s*=?\s*(TRUE|FALSE)\s*\(\s*\)\s*$/i.exec(text ?? '');
    if (typedBoolean) return { value: typedBoolean[1].toUpperCase() === 'TRUE', formula: null };
    // cell.result, not value.result: exceljs's value copy drops results of 0, FALSE and "".
    return {
      value: plain(cell.result, date1904),
      formula: text ? fromStoredFormula(text) : null,
    };
  }
  return { value: plain(v, date1904), formula: null };
}

/**
 * The date format a `{date}` cell gets unless its column already has one.
 *
 * @example
 * DATE_FORMAT; // 'dd mmm yyyy' (15 Mar 2026)
 */
export const DATE_FORMAT = 'dd mmm yyyy';

function looksLikeDateFormat(fmt: string | undefined): boolean {
  return !!fmt && /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

/**
 * Puts a port value into a cell: text stays text (even "=1+1"), `{formula}` becomes a
 * formula, `{date}` a date cell with a date format.
 *
 * @example
 * writeCell(ws.getCell('B2'), { date: '2026-03-15' });
 */
export function writeCell(cell: ExcelJS.Cell, v: WriteValue): void {
  if (v !== null && typeof v === 'object' && 'formula' in v) {
    cell.value = { formula: toStoredFormula(v.formula) } as ExcelJS.CellFormulaValue;
  } else if (v !== null && typeof v === 'object' && 'date' in v) {
    const [y, m, d] = v.date.split('-').map(Number);
    cell.value = new Date(Date.UTC(y, m - 1, d));
    if (!looksLikeDateFormat(cell.numFmt)) cell.numFmt = DATE_FORMAT;
  } else {
    // exceljs stores strings as shared strings, never as formulas, whatever they start with.
    cell.value = v;
  }
}
