/// <reference types="custom-functions-runtime" />
/**
 * Turns the core's computed cells into what an Excel custom function returns: a matrix of
 * numbers, text, booleans and `CustomFunctions.Error`s, so one bad cell shows its own error
 * and the rest of the spill is unaffected.
 */
import type { CallResult, CellOutcome, FunctionSpec } from '../../shared/functions';
import type { IsoDate } from '../../shared/values/calendarDate';
import { isoToSerial, type DateSystem } from '../../shared/values/excelSerial';
import type { HwbcError } from '../../shared/values/errors';

/** One cell of a custom function's result. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;

/** The parts of the custom functions runtime this file needs (real or a test's stand-in). */
export interface ErrorFactory {
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
  ErrorCode: { invalidValue: CustomFunctions.ErrorCode; invalidNumber: CustomFunctions.ErrorCode };
}

/**
 * The core's error as Excel's: #VALUE! for a value of the wrong sort, #NUM! for a number out
 * of range. The message is always passed; Excel shows it on #VALUE! (hover the cell) and
 * drops it on #NUM!, which cannot carry one.
 *
 * @example
 * excelError(new HwbcError('NUM', 'hours must be …'), CustomFunctions).code; // '#NUM!'
 */
export function excelError(error: HwbcError, runtime: ErrorFactory): CustomFunctions.Error {
  const code = error.kind === 'NUM' ? runtime.ErrorCode.invalidNumber : runtime.ErrorCode.invalidValue;
  return new runtime.Error(code, error.message);
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
 * system (format the cells as dates to read them).
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
): ExcelCell[][] {
  return result.cells.map((row) => row.map((outcome) => cellValue(spec, outcome, system, runtime)));
}
