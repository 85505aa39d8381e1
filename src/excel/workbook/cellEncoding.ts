/**
 * Between the workbook port's values and Office.js cell arrays. Text stays text however it
 * starts ("=1+1" is written with Excel's quote prefix, so it is never run as a formula),
 * dates become serial numbers with a date format, and blanks clear their cell.
 */
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import { isoToSerial, type DateSystem } from '../../../shared/values/dates/excelSerial';
import type { CellValue, WriteValue } from '../../../shared/workbook';

/**
 * The format a `{date}` cell gets: unambiguous in every locale (as the .xlsx writer uses).
 *
 * @example
 * range.numberFormat = [[DATE_FORMAT]]; // 15 Mar 2026
 */
export const DATE_FORMAT = 'dd mmm yyyy';

/** Text Excel would run as a formula, or whose leading apostrophe it would swallow. */
const FORMULA_LIKE = /^[=+\-@']/;
/**
 * Text Excel could turn into a value: a number, date, time, percentage or currency (starts
 * with a digit, point, bracket or currency sign), a month-first date ("Mar 2026"), a
 * boolean or an error. Anything else ("Coach 1", "Jo Bloggs") Excel keeps as text.
 */
const VALUE_LIKE =
  /^\s*([\d.(£$€#]|(true|false)\s*$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s,./-]*\d)/i;

/** What one cell of a `formulas` array may hold; null leaves the cell as it is. */
export type ExcelInput = string | number | boolean | null;

/**
 * Text as Excel must receive it to keep it text: a leading apostrophe (Excel's quote prefix,
 * not shown in the cell) before anything Excel would otherwise parse — a formula, or a value
 * such as "0012" (a number), "03/04/2026" (a date) or "TRUE". Other text goes in as it is,
 * so names don't show a stray apostrophe in the formula bar.
 *
 * @example
 * textForExcel('=1+1');      // "'=1+1"
 * textForExcel('0012');      // "'0012"
 * textForExcel('Jo Bloggs'); // 'Jo Bloggs'
 */
export function textForExcel(text: string): string {
  return FORMULA_LIKE.test(text) || VALUE_LIKE.test(text) ? `'${text}` : text;
}

/**
 * One port value as a cell of `range.formulas`. A blank is "" (clears the cell: the port's
 * null means blank), never null (which Office.js reads as "leave this cell alone").
 *
 * @example
 * toExcelInput({ date: '2026-03-15' }, '1900'); // 46096
 * toExcelInput({ formula: '=A1*2' }, '1900');   // '=A1*2'
 */
export function toExcelInput(v: WriteValue, system: DateSystem): ExcelInput {
  if (v === null) return '';
  if (typeof v === 'string') return textForExcel(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if ('formula' in v) return v.formula;
  return isoToSerial(v.date as IsoDate, system);
}

/** A block ready for one `formulas` and one `numberFormat` assignment. */
export interface EncodedBlock {
  rows: number;
  cols: number;
  formulas: ExcelInput[][];
  /** Date format where a date goes, null elsewhere (keeps the cell's own format); null if no dates. */
  numberFormat: (string | null)[][] | null;
}

/**
 * A block of port values as Office.js arrays. Short rows are padded with null, which leaves
 * those cells untouched, so a ragged block never clears a cell it did not mention.
 *
 * @example
 * encodeBlock([['Name', { date: '2026-03-15' }]], '1900').formulas; // [['Name', 46096]]
 */
export function encodeBlock(block: readonly (readonly WriteValue[])[], system: DateSystem): EncodedBlock {
  let cols = 0;
  for (const r of block) cols = Math.max(cols, r.length);
  let hasDate = false;
  const formulas: ExcelInput[][] = [];
  const numberFormat: (string | null)[][] = [];
  for (const row of block) {
    const f: ExcelInput[] = [];
    const n: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      const isDate = v !== undefined && v !== null && typeof v === 'object' && 'date' in v;
      hasDate ||= isDate;
      f.push(v === undefined ? null : toExcelInput(v, system));
      n.push(isDate ? DATE_FORMAT : null);
    }
    formulas.push(f);
    numberFormat.push(n);
  }
  return { rows: block.length, cols, formulas, numberFormat: hasDate ? numberFormat : null };
}

/**
 * One cell as read back: "" is a blank (null), and the formula is kept only when the cell
 * really has one. Office.js gives a constant's own value as its "formula", and text written
 * with a quote prefix reads back as "=…" with the same value, so a formula is "=…" text that
 * differs from the cell's value.
 *
 * @example
 * fromExcelCell(4, '=2+2');       // { value: 4, formula: '=2+2' }
 * fromExcelCell('=1+1', '=1+1');  // { value: '=1+1', formula: null }
 */
export function fromExcelCell(value: unknown, formula: unknown): { value: CellValue; formula: string | null } {
  const v: CellValue =
    value === '' || value === undefined || value === null
      ? null
      : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
        ? value
        : String(value);
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  return { value: v, formula: isFormula ? (formula as string) : null };
}
