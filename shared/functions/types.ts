import type { IsoDate } from '../values/dates/calendarDate';
import type { ReadContext } from '../values/context';
import type { HwbcError } from '../values/errors';

/** How an argument is read; each type has one reader in readArgument.ts. */
export type ParamType = 'hours' | 'count' | 'tier' | 'wte' | 'boolean' | 'date' | 'supervisionType' | 'area' | 'text';

/** What a function gives back; hosts encode dates their own way (serials, Dates). */
export type ResultType = 'number' | 'boolean' | 'text' | 'date' | 'table';

/** One parameter, described once for checking, Excel metadata, Apps Script JSDoc and docs. */
export interface ParamSpec {
  /** snake_case, as shown in the spreadsheet's formula help. */
  name: string;
  help: string;
  type: ParamType;
  /** May be left out; a blank then reaches the rule as null so it can apply its default. */
  optional?: boolean;
  /** A required argument that may still be blank (a last date when a start date is given). */
  blankAllowed?: boolean;
}

/** A clean argument value as a rule sees it. */
export type ArgValue = number | boolean | string | null;
export type Args = Readonly<Record<string, ArgValue>>;

/** A single result; a date is an IsoDate, null is a blank cell. */
export type ResultValue = number | boolean | string | IsoDate | null;

/** A literal in an example call: rendered into formula text and evaluated for the docs. */
export type ExampleArg = number | boolean | string | null | { date: IsoDate };

/** A spreadsheet function, defined once. */
export interface FunctionSpec {
  /** Without prefix: 'TIER' is HWBC_TIER in Sheets and HWBC.TIER in Excel. */
  name: string;
  help: string;
  params: readonly ParamSpec[];
  result: ResultType;
  /** The rule it calls, for the function reference. */
  rule: string;
  /** Uses today's date when an argument is left out (Sheets needs TODAY() passed in). */
  usesToday?: boolean;
  example: readonly ExampleArg[];
  /** Computes one cell (or, for `table`, the whole table) from clean arguments. */
  run(args: Args, ctx: ReadContext): ResultValue | ResultValue[][];
}

/** One computed cell: a value, or the core's error for that cell only. */
export type CellOutcome = { ok: true; value: ResultValue } | { ok: false; error: HwbcError };

/** A whole call: a grid of outcomes, and whether every argument was a single value. */
export interface CallResult {
  scalar: boolean;
  cells: CellOutcome[][];
}
