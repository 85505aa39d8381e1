/// <reference types="custom-functions-runtime" />
/**
 * Registers every function of the core's table with Excel's custom functions runtime. Each
 * one reads its arguments through the core (so messages and rules are the same as in Google
 * Sheets and the command line) and returns a matrix that spills when an argument is a range.
 */
import { evaluate, FUNCTIONS, type FunctionSpec } from '../../../shared/functions';
import type { ReadContext } from '../../../shared/values/context';
import { errorAt, prepareArgument } from './excelArguments';
import { type ErrorFactory, type ExcelCell, toExcelResult } from './excelResult';
import { functionId } from './functionsMetadata';

/** The runtime's `associate` with its error type (`CustomFunctions`, or a test's stand-in). */
export interface FunctionsRuntime extends ErrorFactory {
  associate(id: string, implementation: (...args: unknown[]) => unknown): void;
}

/**
 * The implementation Excel calls for one function. Excel passes the declared arguments
 * (2-D arrays, as every parameter is a matrix; null for an omitted optional one) and then an
 * invocation object, which is dropped here. Blanks Excel sent as 0 and cells holding errors
 * are dealt with first (excelArguments.ts).
 *
 * @example
 * const tier = customFunction(TIER, CustomFunctions, async () => ctx);
 * await tier([[120], [1000]], null, null, invocation); // [[1], [4]]
 */
export function customFunction(
  spec: FunctionSpec,
  runtime: ErrorFactory,
  context: () => Promise<ReadContext>,
): (...args: unknown[]) => Promise<ExcelCell[][]> {
  return async (...args) => {
    const prepared = spec.params.map((p, i) => prepareArgument(p, args[i] ?? null));
    const ctx = await context();
    const result = evaluate(
      spec,
      prepared.map((a) => a.value),
      ctx,
    );
    // A table's cells are not per argument cell: an error in its arguments is its only cell.
    if (spec.result === 'table') {
      const code = errorAt(prepared, 0, 0);
      if (code)
        return toExcelResult(
          spec,
          { scalar: true, cells: [[{ ok: true, value: null }]] },
          ctx.dateSystem,
          runtime,
          () => code,
        );
    }
    const passed = prepared.some((a) => a.errors) ? (r: number, c: number) => errorAt(prepared, r, c) : null;
    return toExcelResult(spec, result, ctx.dateSystem, runtime, passed);
  };
}

/**
 * Associates every function id in functions.json with its implementation.
 *
 * @example
 * registerFunctions(CustomFunctions, functionsContext(excelRun, Office.onReady())); // ['TIER', …]
 */
export function registerFunctions(
  runtime: FunctionsRuntime,
  context: () => Promise<ReadContext>,
  functions: readonly FunctionSpec[] = FUNCTIONS,
): string[] {
  return functions.map((spec) => {
    const id = functionId(spec);
    runtime.associate(id, customFunction(spec, runtime, context));
    return id;
  });
}
