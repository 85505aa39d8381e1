/// <reference types="custom-functions-runtime" />
/**
 * Turns the core's computed cells into what an Excel custom function returns: a matrix of
 * numbers, text, booleans and `CustomFunctions.Error`s, so one bad cell shows its own error
 * and the rest of the spill is unaffected.
 */
import type { CallResult, CellOutcome, FunctionSpec } from '../../../shared/functions';
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import { isoToSerial, type DateSystem } from '../../../shared/values/dates/excelSerial';
import type { HwbcError } from '../../../shared/values/errors';

/** One cell of a custom function's result. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;

/** The parts of the custom functions runtime this file needs (real or a test's stand-in). */
export interface ErrorFactory {
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
  ErrorCode: {
    invalidValue: CustomFunctions.ErrorCode;
    invalidNumber: CustomFunctions.ErrorCode;
    notAvailable: CustomFunctions.ErrorCode;
    divisionByZero: CustomFunctions.ErrorCode;
    nullReference: CustomFunctions.ErrorCode;
  };
}

/**
 * The core's error as Excel's: #VALUE! with the core's message (Excel shows it when the cell's
 * error flag is hovered), or #NUM! for a number out of range, without one: Excel shows a
 * custom message only on #VALUE! and #N/A (Office Add-ins docs, "Handle and return errors
 * from your custom function").
 *
 * @example
 * excelError(new HwbcError('NUM', 'hours must be …'), CustomFunctions).code; // '#NUM!'
 */
export function excelError(error: HwbcError, runtime: ErrorFactory): CustomFunctions.Error {
  if (error.kind === 'NUM') return new runtime.Error(runtime.ErrorCode.invalidNumber);
  return new runtime.Error(runtime.ErrorCode.invalidValue, error.message);
}

/**
 * What the #VALUE! says for an argument cell holding an error a function cannot give back
 * (#REF! and #NAME? are input errors only; #SPILL!, #CALC! and the like are not custom-function errors).
 *
 * @example
 * passedErrorMessage('#REF!'); // 'an argument cell holds #REF!'
 */
export function passedErrorMessage(code: string): string {
  return `an argument cell holds ${code}`;
}

/**
 * An error an argument cell held, given back as the same error where Excel allows a custom
 * function to return it, else as #VALUE! naming it.
 *
 * @example
 * passedError('#N/A', CustomFunctions).code; // '#N/A'
 */
export function passedError(code: string, runtime: ErrorFactory): CustomFunctions.Error {
  const same: Record<string, CustomFunctions.ErrorCode> = {
    '#N/A': runtime.ErrorCode.notAvailable,
    '#DIV/0!': runtime.ErrorCode.divisionByZero,
    '#NUM!': runtime.ErrorCode.invalidNumber,
    '#NULL!': runtime.ErrorCode.nullReference,
    '#VALUE!': runtime.ErrorCode.invalidValue,
  };
  const own = same[code];
  return own ? new runtime.Error(own) : new runtime.Error(runtime.ErrorCode.invalidValue, passedErrorMessage(code));
}

function cellValue(spec: FunctionSpec, outcome: CellOutcome, system: DateSystem, runtime: ErrorFactory): ExcelCell {
  if (!outcome.ok) return excelError(outcome.error, runtime);
  const v = outcome.value;
  // Excel shows null as 0 in a spilled result; "" leaves the cell looking blank.
  if (v === null) return '';
  if (spec.result === 'date' && typeof v === 'string') return isoToSerial(v as IsoDate, system);
  return v;
}

/**
 * The matrix a custom function returns, with dates as serial numbers in the workbook's date
 * system (format the cells as dates to read them), and in each cell whose arguments held an
 * Excel error (`passed`), that error.
 *
 * @example
 * toExcelResult(SUPERVISION_DUE, evaluate(SUPERVISION_DUE, ['line', 46096], ctx), '1900', CustomFunctions);
 * // [[46127]]
 */
export function toExcelResult(
  spec: FunctionSpec,
  result: CallResult,
  system: DateSystem,
  runtime: ErrorFactory,
  passed: ((r: number, c: number) => string | null) | null = null,
): ExcelCell[][] {
  // The core shares one outcome object between the cells of one value: each is turned into
  // Excel's cell once (a date's serial worked out once per day, not once per cell).
  const converted = new Map<CellOutcome, ExcelCell>();
  const excelCell = (outcome: CellOutcome): ExcelCell => {
    let cell = converted.get(outcome);
    if (cell === undefined) converted.set(outcome, (cell = cellValue(spec, outcome, system, runtime)));
    return cell;
  };
  // The result's rows are the core's rows, each cell replaced in place: a million-cell column
  // is not built twice (the core's result is the caller's own and is not read again).
  const rows = result.cells as unknown as (CellOutcome | ExcelCell)[][];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      // An error an argument cell held wins: it is what that cell of the result is about.
      const code = passed ? passed(r, c) : null;
      row[c] = code ? passedError(code, runtime) : excelCell(row[c] as CellOutcome);
    }
  }
  return rows as ExcelCell[][];
}
