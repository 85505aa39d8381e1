/// <reference types="custom-functions-runtime" />
/**
 * Arguments as Excel really sends them to a custom function, made ready for the core:
 * - Excel on Windows and Mac passes an empty cell as 0 where Excel on the web passes null
 *   (office-js issue 4702, and 1951 for ranges). For a date or yes/no parameter 0 is taken
 *   as a blank (see ZERO_IS_BLANK).
 * - With `allowErrorForDataTypeAny` in functions.json, a cell holding an error (#N/A, #REF!)
 *   reaches the function instead of Excel skipping the call; it is kept aside here so the
 *   result shows that error in that cell only.
 */
import type { ParamSpec } from '../../../shared/functions';

/**
 * Parameters for which Excel's 0 is taken as an empty cell: no date is serial 0, so nothing is
 * lost there; a yes/no cell left empty must take its default, not read as No (type No or
 * FALSE for No). Elsewhere 0 is a value (0 hours) or a mistake the core reports (a WTE of 0).
 */
const ZERO_IS_BLANK = new Set<ParamSpec['type']>(['date', 'boolean']);

/**
 * The error code of a cell Excel passed as an error, or null: a `CustomFunctions.Error` (its
 * `code` is the text Excel shows, "#N/A") or an error data type ({ type: 'Error', basicValue }).
 *
 * @example
 * errorCodeOf({ code: '#N/A' });                          // '#N/A'
 * errorCodeOf({ type: 'Error', basicValue: '#DIV/0!' }); // '#DIV/0!'
 * errorCodeOf(0);                                         // null
 */
export function errorCodeOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || value instanceof Date || Array.isArray(value)) return null;
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof v.code === 'string' && v.code.startsWith('#')) return v.code;
  if (v.type === 'Error' && typeof v.basicValue === 'string') return v.basicValue;
  return null;
}

/** One argument ready for the core, and where it held Excel errors (null where none). */
export interface PreparedArgument {
  value: unknown;
  errors: (string | null)[][] | null;
}

function prepareCell(param: ParamSpec, cell: unknown): { value: unknown; error: string | null } {
  const error = errorCodeOf(cell);
  if (error) return { value: null, error };
  if (cell === 0 && ZERO_IS_BLANK.has(param.type)) return { value: null, error: null };
  return { value: cell, error: null };
}

/** Whether a cell is one Excel passes differently from what the core reads (an error, a 0 blank). */
function needsPreparing(param: ParamSpec, cell: unknown): boolean {
  if (typeof cell === 'number') return cell === 0 && ZERO_IS_BLANK.has(param.type);
  return typeof cell === 'object' && cell !== null && errorCodeOf(cell) !== null;
}

/**
 * One argument with Excel's blank-as-0 undone for dates and yes/no, and its error cells set
 * aside (read as blank; the caller puts the error back in the result).
 *
 * @example
 * prepareArgument({ name: 'last_date', help: '', type: 'date' }, [[0], [46096]]).value; // [[null], [46096]]
 * prepareArgument({ name: 'last_date', help: '', type: 'date' }, [[46096]]).value;      // 46096
 */
export function prepareArgument(param: ParamSpec, value: unknown): PreparedArgument {
  // Excel passes even one cell as a 1×1 matrix (every parameter is declared a matrix): it is
  // handed on as the value itself, as Google Sheets passes it, so the core computes it the
  // short way (no grids), and the first call after Excel loads functions.js has less to compile.
  const one = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1;
  if (one || !Array.isArray(value)) {
    const cell = prepareCell(param, one ? (value as unknown[][])[0][0] : value);
    return { value: cell.value, errors: cell.error ? [[cell.error]] : null };
  }
  // Most ranges hold nothing to undo: passed on as they are, with no copy of a million cells.
  if (!value.some((row: unknown) => !Array.isArray(row) || row.some((cell) => needsPreparing(param, cell))))
    return { value, errors: null };
  let any = false;
  const errors: (string | null)[][] = [];
  const rows = value.map((row: unknown) => {
    if (!Array.isArray(row)) return row;
    const marks: (string | null)[] = [];
    const cells = row.map((cell: unknown) => {
      const prepared = prepareCell(param, cell);
      any ||= prepared.error !== null;
      marks.push(prepared.error);
      return prepared.value;
    });
    errors.push(marks);
    return cells;
  });
  return { value: rows, errors: any ? errors : null };
}

/**
 * The error Excel passed for the result cell (r, c), from the first argument that has one
 * there: a single-cell argument applies to every result cell, as it is broadcast.
 *
 * @example
 * errorAt([{ value: null, errors: [['#N/A']] }], 3, 0); // '#N/A'
 */
export function errorAt(args: readonly PreparedArgument[], r: number, c: number): string | null {
  for (const a of args) {
    if (!a.errors) continue;
    const single = a.errors.length === 1 && a.errors[0].length === 1;
    const code = single ? a.errors[0][0] : a.errors[r]?.[c];
    if (code) return code;
  }
  return null;
}
