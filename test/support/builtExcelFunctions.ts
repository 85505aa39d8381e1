/**
 * The built dist/excel/functions.js in Node, with stand-ins for Excel's custom functions
 * runtime (CustomFunctions.associate, Error, ErrorCode) and for Excel.run, which answers the
 * date-system question and records any attempt to change the workbook (a recalculation).
 */
import path from 'path';
import type { DateSystem } from '../../shared/values/dates/excelSerial';
import { loadBundle } from './loadBundle';

/** Stand-in for `CustomFunctions.Error`, as the runtime builds it: a code and a message. */
export class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The codes of `CustomFunctions.ErrorCode` (its values are the text Excel shows). */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

export type Implementation = (...args: unknown[]) => Promise<unknown[][]>;

/** Excel appends an invocation object after the declared parameters. */
export const INVOCATION = { functionName: 'test' };

export interface LoadedFunctions {
  functions: Map<string, Implementation>;
  /** Everything the functions asked Excel to change (must stay empty). */
  changes: string[];
}

/**
 * Loads functions.js into a fresh context for a workbook in `system`; Excel answers the
 * date-system question after `answerAfterMs` (a busy Excel).
 *
 * @example
 * const { functions } = loadFunctions(dir, '1900');
 */
export function loadFunctions(dir: string, system: DateSystem, answerAfterMs = 0): LoadedFunctions {
  const functions = new Map<string, Implementation>();
  const changes: string[] = [];
  const CustomFunctions = {
    associate: (id: string, f: Implementation) => functions.set(id, f),
    Error: FakeError,
    ErrorCode,
  };
  // Excel's own DATE(1904,1,1): serial 0 in the 1904 system, 1462 in the 1900 system.
  const Excel = {
    run: async (batch: (context: unknown) => Promise<unknown>) =>
      batch({
        workbook: {
          functions: { date: () => ({ load: () => undefined, value: system === '1904' ? 0 : 1462 }) },
          application: { calculate: (kind: string) => changes.push(`calculate(${kind})`) },
        },
        sync: () => new Promise((resolve) => setTimeout(resolve, answerAfterMs)),
      }),
  };
  const Office = { onReady: async () => ({ host: 'Excel' }) };
  loadBundle(path.join(dir, 'functions.js'), { CustomFunctions, Excel, Office });
  return { functions, changes };
}
