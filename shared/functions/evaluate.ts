import type { ReadContext } from '../values/context';
import { HwbcError, isHwbcError } from '../values/errors';
import { RULE_MESSAGES } from '../values/messages';
import { ArgGrid, resultShape, toGrid } from './grid';
import { byCellValue, outcomes } from './rangeOutcomes';
import { readArgument } from './readArgument';
import type { ArgValue, CallResult, CellOutcome, FunctionSpec, ResultValue } from './types';

function failure(e: unknown): CellOutcome {
  // Anything but the core's own error is a bug; still show it in the cell, not crash the sheet.
  const error = isHwbcError(e) ? e : new HwbcError('VALUE', `internal error: ${String(e)}`);
  return { ok: false, error };
}

/** Reads one argument for the cell at (r, c); throws the core's error for a bad value. */
type ArgReader = (r: number, c: number) => ArgValue;

/**
 * An argument's reader. One value for every cell (a single value, or a one-cell range) is
 * read once for the whole call, its error too: a constant "clinical" beside a million dates
 * is not looked up a million times.
 */
function argReader(spec: FunctionSpec, i: number, grid: ArgGrid, ctx: ReadContext): ArgReader {
  const param = spec.params[i];
  if (grid.rows === 1 && grid.cols === 1) {
    try {
      const value = readArgument(param, grid.at(0, 0), ctx);
      return () => value;
    } catch (e) {
      return () => {
        throw e;
      };
    }
  }
  return (r, c) => readArgument(param, grid.at(r, c), ctx);
}

/**
 * One cell's value; throws the core's error for a bad argument. `args` is one object reused
 * for every cell of a call (the rules read it and keep nothing).
 */
function cellValue(
  spec: FunctionSpec,
  readers: readonly ArgReader[],
  r: number,
  c: number,
  args: Record<string, ArgValue>,
  ctx: ReadContext,
): ResultValue {
  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i];
    const v = readers[i](r, c);
    // A blank required argument gives a blank cell, as a spreadsheet formula would.
    if (v === null && !p.optional && !p.blankAllowed) return null;
    args[p.name] = v;
  }
  return spec.run(args, ctx) as ResultValue;
}

function cell(
  spec: FunctionSpec,
  readers: readonly ArgReader[],
  r: number,
  c: number,
  args: Record<string, ArgValue>,
  ctx: ReadContext,
  outcome: (value: ResultValue) => CellOutcome,
): CellOutcome {
  try {
    return outcome(cellValue(spec, readers, r, c, args, ctx));
  } catch (e) {
    return failure(e);
  }
}

/**
 * Calls a function the way a spreadsheet does: each argument may be a single value or a
 * range; ranges are computed cell by cell into a result of the same shape, and a bad cell
 * gives an error in that cell only. Table functions return their table.
 *
 * @example
 * evaluate(TIER, [[[120], ['12h']]], ctx).cells;
 * // [[{ ok: true, value: 1 }], [{ ok: false, error: HwbcError('hours must be …') }]]
 */
export function evaluate(spec: FunctionSpec, rawArgs: readonly unknown[], ctx: ReadContext): CallResult {
  // The common case, one value per argument: no grids and no shape, the one cell computed.
  if (spec.result !== 'table' && !rawArgs.some(Array.isArray)) {
    const readers = spec.params.map(
      (p, i): ArgReader =>
        () =>
          readArgument(p, rawArgs[i] ?? null, ctx),
    );
    return { scalar: true, cells: [[cell(spec, readers, 0, 0, {}, ctx, (value) => ({ ok: true, value }))]] };
  }
  try {
    const grids = spec.params.map((_, i) => toGrid(rawArgs[i] ?? null));
    if (spec.result === 'table') {
      // A table's arguments choose the table: a range has no one answer, so it is refused
      // rather than quietly read by its first cell.
      grids.forEach((g, i) => {
        if (g.rows * g.cols > 1)
          throw new HwbcError('VALUE', RULE_MESSAGES.oneCellOnly(spec.params[i].name, g.rows, g.cols));
      });
      const single = grids.map((g) => g.at(0, 0));
      const table = evaluateTable(spec, single, ctx);
      return { scalar: false, cells: table };
    }
    const { rows, cols } = resultShape(grids);
    const readers = grids.map((g, i) => argReader(spec, i, g, ctx));
    const args: Record<string, ArgValue> = {};
    const outcome = outcomes();
    const compute = (r: number, c: number) => cell(spec, readers, r, c, args, ctx, outcome);
    const at = byCellValue(grids, compute);
    const cells: CellOutcome[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row: CellOutcome[] = new Array(cols);
      for (let c = 0; c < cols; c++) row[c] = at(r, c);
      cells[r] = row;
    }
    return { scalar: grids.every((g) => g.single), cells };
  } catch (e) {
    return { scalar: true, cells: [[failure(e)]] };
  }
}

function evaluateTable(spec: FunctionSpec, values: unknown[], ctx: ReadContext): CellOutcome[][] {
  const args: Record<string, ArgValue> = {};
  spec.params.forEach((p, i) => (args[p.name] = readArgument(p, values[i], ctx)));
  const table = spec.run(args, ctx) as ResultValue[][];
  return table.map((row) => row.map((value): CellOutcome => ({ ok: true, value })));
}
