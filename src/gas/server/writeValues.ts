/**
 * Turns the port's write values into what one `Range.setValues()` call takes. setValues reads
 * strings as if typed: "=…" becomes a formula and "12", "TRUE" or "2026-03-15" become a
 * number, a boolean or a date. So formulas ride in the same call as values, and every plain
 * string is written behind Sheets' text marker "'", which keeps it text (a coach called
 * "=HYPERLINK(…)" or "-5" stays those characters) and is not part of the stored value.
 */
import type { WriteValue } from '../../../shared/workbook';
import type { IsoDate } from '../../../shared/values/dates/calendarDate';

/** A value setValues accepts. */
export type SheetsCell = string | number | boolean | Date;

/**
 * One value for setValues.
 *
 * @example
 * toSheetsCell('=1+1', dates.toDate);           // "'=1+1" (text)
 * toSheetsCell({ formula: '=A2*2' }, dates.toDate); // '=A2*2' (a formula)
 */
export function toSheetsCell(value: WriteValue, toDate: (iso: IsoDate) => Date): SheetsCell {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  if (typeof value === 'object') {
    if ('formula' in value) return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
    return toDate(value.date);
  }
  return value;
}

/**
 * Splits a block into runs of rows of equal width: one setValues call per run, so a
 * rectangular block (the usual case) is exactly one call and blank padding never overwrites
 * a cell the caller did not mean to write.
 *
 * @example
 * rectangularRuns([['a', 'b'], ['c', 'd'], ['e']]); // [{ start: 0, rows: [[…], […]] }, { start: 2, rows: [['e']] }]
 */
export function rectangularRuns<T>(block: readonly (readonly T[])[]): { start: number; rows: (readonly T[])[] }[] {
  const runs: { start: number; rows: (readonly T[])[] }[] = [];
  let current: { start: number; rows: (readonly T[])[] } | null = null;
  block.forEach((row, i) => {
    if (row.length === 0) current = null;
    else if (current && current.rows[0].length === row.length) current.rows.push(row);
    else runs.push((current = { start: i, rows: [row] }));
  });
  return runs;
}
