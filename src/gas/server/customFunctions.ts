/**
 * What every generated custom function stub calls: Sheets' arguments in, Sheets' values out.
 * The core does the work (evaluate); this file only converts between the two worlds.
 */
import { evaluate, findFunction } from '../../../shared/functions';
import type { CallResult, CellOutcome, FunctionSpec } from '../../../shared/functions/types';
import type { HwbcError } from '../../../shared/values/errors';
import type { GasServices } from './gasServices';
import { isDate } from './sheetsDates';
import { sheetsReadContext } from './spreadsheetContext';
import { type ZoneDates, zoneDates } from './zoneDates';

/** A value a custom function hands back to Sheets: one cell, or rows of cells that spill. */
export type SheetsValue = string | number | boolean | Date | null;
export type SheetsResult = SheetsValue | SheetsValue[][];

/**
 * The text a bad cell of a spilled result shows: the error's kind as Sheets spells its own
 * errors, then the core's message, e.g. `#VALUE! hours must be a number ≥ 0, got "12h"`.
 * (A custom function cannot return a real error value for one cell of an array.)
 *
 * @example
 * errorCellText(new HwbcError('NUM', 'hours must be a number ≥ 0, got -1')); // '#NUM! hours must be …'
 */
export function errorCellText(error: HwbcError): string {
  return `#${error.kind}! ${error.message}`;
}

/** Dates become calendar dates in the spreadsheet's zone, before the core sees them. */
function toCoreArgument(value: unknown, dates: () => ZoneDates): unknown {
  if (Array.isArray(value)) return value.map((v) => toCoreArgument(v, dates));
  if (isDate(value)) return dates().toIso(value) ?? value;
  return value;
}

/** Whether any cell of an argument is a Date (only then is the zone needed to read it). */
function holdsDate(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsDate);
  return isDate(value);
}

function toSheetsValue(spec: FunctionSpec, cell: CellOutcome, toDate: (iso: string) => Date): SheetsValue {
  if (!cell.ok) return errorCellText(cell.error);
  const v = cell.value;
  return spec.result === 'date' && typeof v === 'string' ? toDate(v) : v;
}

function toSheets(spec: FunctionSpec, result: CallResult, dates: () => ZoneDates): SheetsResult {
  const toDate = (iso: string): Date => dates().toDate(iso);
  if (result.scalar) {
    const [[cell]] = result.cells;
    // A single bad call shows as #ERROR! with the message on hover, as Sheets' own functions do.
    if (!cell.ok) throw new Error(cell.error.message);
    return toSheetsValue(spec, cell, toDate);
  }
  // The core shares one outcome object between the cells of one value: each becomes Sheets'
  // value once (one Date per day, not per cell; Sheets copies values out, so sharing is safe).
  // The rows are the core's own, each cell replaced in place (a column is not built twice).
  const converted = new Map<CellOutcome, SheetsValue>();
  const rows = result.cells as unknown as (CellOutcome | SheetsValue)[][];
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as CellOutcome;
      let value = converted.get(cell);
      if (value === undefined) converted.set(cell, (value = toSheetsValue(spec, cell, toDate)));
      row[c] = value;
    }
  }
  return rows as SheetsValue[][];
}

/**
 * Runs one function of the table for Sheets: ranges arrive as rows of cells and the result
 * spills; dates arrive and leave as Dates at midnight in the spreadsheet's time zone.
 *
 * @example
 * runCustomFunction('TIER', [250, true, 2], gasServices()); // 2
 * runCustomFunction('TIER', [[[120], ['12h']]], gasServices()); // [[1], ['#VALUE! hours must be …']]
 */
export function runCustomFunction(name: string, args: readonly unknown[], services: GasServices): SheetsResult {
  const spec = findFunction(name);
  if (!spec) throw new Error(`HWBC has no function called ${name}.`);
  // Nothing is asked of the spreadsheet until a value needs its zone: a function that takes
  // and gives no date makes no service call at all.
  const ctx = sheetsReadContext(services);
  let zone: ZoneDates | null = null;
  const dates = () => (zone ??= zoneDates(ctx.timeZone, services.Utilities));
  const coreArgs = args.map((a) => (holdsDate(a) ? toCoreArgument(a, dates) : a));
  return toSheets(spec, evaluate(spec, coreArgs, ctx), dates);
}
